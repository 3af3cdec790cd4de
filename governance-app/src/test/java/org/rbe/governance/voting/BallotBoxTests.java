package org.rbe.governance.voting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.jury.JurorReplaced;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.testing.FakeCurrentUser;
import org.rbe.governance.voting.internal.StoredBallot;
import org.rbe.governance.voting.internal.Receipts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class BallotBoxTests {
    private static final long PANEL = 77;
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final Set<Long> MEMBERS = new LinkedHashSet<>(List.of(1L, 2L, 3L, 4L));

    private final FakeCurrentUser user = new FakeCurrentUser();
    private final List<Object> events = new ArrayList<>();
    private final MutableClock clock = new MutableClock();
    private final Sortition sortition = mock(Sortition.class);
    private InMemoryVotingStore store;
    private BallotBox box;
    private long voteId;

    @BeforeEach
    void setUp() {
        store = new InMemoryVotingStore();
        when(sortition.activeMemberIds(PANEL)).thenReturn(MEMBERS);
        when(sortition.isActiveMember(eq(PANEL), anyLong())).thenAnswer(a -> MEMBERS.contains(a.<Long>getArgument(1)));
        when(sortition.isAcceptedMember(eq(PANEL), anyLong())).thenAnswer(a -> a.<Long>getArgument(1) != 4L);
        box = new BallotBox(store.votes, store.store, sortition, user, events::add, clock);
        voteId = box.open(9, PANEL, List.of("101", "102"), START.plus(Duration.ofDays(3)), VoteRules.standard());
    }

    @Test
    void openingRecordsTheRollAndAddsTheReworkOption() {
        assertThat(box.turnout(voteId)).isEqualTo(new Turnout(4, 0, 0.0, false, false, START.plus(Duration.ofDays(3))));
        assertThat(box.currentVote(9)).contains(voteId);
        assertThat(events).containsExactly(new VoteOpened(voteId, 9));
        assertThatThrownBy(() -> box.open(9, PANEL, List.of("103"), START.plusSeconds(60), VoteRules.standard()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("already has an open vote");
    }

    @Test
    void aBallotGivesAReceiptAndAnAnonymousEvent() {
        user.citizen(1);

        BallotReceipt receipt = box.cast(voteId, "101");

        StoredBallot stored = store.ballotRows.get(0);
        assertThat(receipt.receipt()).hasSize(64).isEqualTo(stored.receipt());
        assertThat(stored.citizenId()).as("a secret ballot names no voter").isNull();
        assertThat(receipt.castAt()).isEqualTo(START);
        assertThat(box.hasVoted(voteId)).isTrue();
        assertThat(events).contains(new BallotCast(voteId), new ReceiptRecorded(voteId, receipt.receipt()));
        assertThat(box.turnout(voteId).voted()).isEqualTo(1);
        assertThat(Receipts.receipt(voteId, "101", "x")).isNotEqualTo(Receipts.receipt(voteId, "102", "x"));
        assertThat(box.myReceipt(voteId)).contains(receipt);
    }

    @Test
    void aSecondBallotIsRefusedWhenRevotingIsOff() {
        user.citizen(1);
        box.cast(voteId, "101");

        assertThatThrownBy(() -> box.cast(voteId, "102")).isInstanceOf(UserFacingException.class)
                .hasMessage("You have already voted in this vote.");
        assertThat(store.ballotRows).hasSize(1).allMatch(b -> b.option().equals("101"));
    }

    @Test
    void aSecondBallotReplacesTheFirstWhenRevotingIsAllowed() {
        clock.advance(Duration.ofDays(4));
        box.close(voteId);
        long revote = box.open(9, PANEL, List.of("101", "102"), clock.instant().plusSeconds(600),
                new VoteRules(0.5, true, "REWORK"));
        user.citizen(2);

        BallotReceipt first = box.cast(revote, "101");
        BallotReceipt last = box.cast(revote, "102");

        assertThat(box.turnout(revote).voted()).isEqualTo(1);
        assertThat(store.store.currentBallots(revote)).singleElement().extracting(StoredBallot::option).isEqualTo("102");
        assertThat(store.store.allBallots(revote)).extracting(StoredBallot::receipt, StoredBallot::revision, StoredBallot::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.receipt(), 0, false),
                        org.assertj.core.groups.Tuple.tuple(last.receipt(), 1, true));
        assertThat(box.myReceipt(revote)).contains(last);
    }

    @Test
    void aBallotAfterCloseIsRefused() {
        clock.advance(Duration.ofDays(3));
        user.citizen(1);
        assertThatThrownBy(() -> box.cast(voteId, "101")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("vote is closed");

        box.close(voteId);
        assertThatThrownBy(() -> box.cast(voteId, "101")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("vote is closed");
    }

    @Test
    void nonMembersUnacceptedJurorsAndUnknownOptionsAreRefused() {
        user.citizen(99);
        assertThatThrownBy(() -> box.cast(voteId, "101")).isInstanceOf(AccessDeniedException.class);
        user.citizen(4);
        assertThatThrownBy(() -> box.cast(voteId, "101")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Accept your invitation");
        user.citizen(1);
        assertThatThrownBy(() -> box.cast(voteId, "999")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not on this ballot");
        assertThatThrownBy(() -> box.cast(12345, "101")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("no vote number 12345");
        assertThat(store.ballotRows).isEmpty();
    }

    @Test
    void castingForSomeoneElseNeedsTheAdministratorRole() {
        user.citizen(1);
        assertThatThrownBy(() -> box.castFor(voteId, 2, "101")).isInstanceOf(AccessDeniedException.class);
        user.admin();
        box.castFor(voteId, 2, "101");
        assertThat(store.ballotRows).singleElement().extracting(StoredBallot::citizenId).isNull();
        assertThat(box.turnout(voteId).voted()).isEqualTo(1);
    }

    @Test
    void theResultIsHiddenFromEveryoneUntilTheVoteCloses() {
        user.admin();
        box.castFor(voteId, 1, "101");

        assertThatThrownBy(() -> box.result(voteId)).isInstanceOf(UserFacingException.class)
                .hasMessage("Results are hidden until the vote closes.");
        assertThatThrownBy(() -> box.close(voteId)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("only after its deadline");
    }

    @Test
    void closingWhenAllHaveVotedGivesTheTotalsAndIsIdempotent() {
        user.admin();
        box.castFor(voteId, 1, "101");
        box.castFor(voteId, 2, "101");
        box.castFor(voteId, 3, "REWORK");
        events.clear();
        box.removeEligible(voteId, 4);
        assertThat(box.allVoted(voteId)).isTrue();

        VoteResult result = box.close(voteId);

        assertThat(result.totals()).containsExactly(entry("101", 2), entry("102", 0), entry("REWORK", 1));
        assertThat(result.outcome()).isEqualTo("APPROVED");
        assertThat(result.winningOption()).isEqualTo("101");
        assertThat(result.eligible()).isEqualTo(3);
        assertThat(box.close(voteId)).isEqualTo(result);
        assertThat(box.result(voteId)).isEqualTo(result);
        assertThat(events).last().isEqualTo(new VoteClosed(voteId, 9, "APPROVED"));
        assertThat(events).filteredOn(VoteTallied.class::isInstance).singleElement()
                .extracting(e -> ((VoteTallied) e).merkleRoot()).isEqualTo(box.merkleRoot(voteId));
        assertThat(events).filteredOn(RollFrozen.class::isInstance).singleElement()
                .extracting(e -> ((RollFrozen) e).voted()).isEqualTo(3);
        assertThat(box.turnout(voteId).closed()).isTrue();
    }

    @Test
    void aSecretVoteForgetsWhoCastWhichBallotAtTheClose() {
        user.citizen(1);
        BallotReceipt mine = box.cast(voteId, "101");
        assertThat(store.rollRows.get(voteId).get(1L).key).isNotNull();
        user.admin();
        box.castFor(voteId, 2, "102");
        box.castFor(voteId, 3, "102");
        box.removeEligible(voteId, 4);

        box.close(voteId);

        assertThat(store.ballotRows).allSatisfy(b -> {
            assertThat(b.voterKey()).isNull();
            assertThat(b.citizenId()).isNull();
        });
        assertThat(store.rollRows.get(voteId).values()).allSatisfy(r -> assertThat(r.key).isNull());
        assertThat(store.store.participants(voteId)).containsExactly(1L, 2L, 3L);
        user.citizen(1);
        assertThatThrownBy(() -> box.myReceipt(voteId)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("voting.error.receiptForgotten"));
        assertThat(box.proof(voteId, mine.receipt()).verifiesAgainst(box.merkleRoot(voteId))).isTrue();
    }

    @Test
    void theClosePublishesTheRootReceiptsTotalsAndParticipationAndProvesEachReceipt() {
        user.admin();
        List<String> receipts = new ArrayList<>();
        receipts.add(box.castFor(voteId, 1, "101").receipt());
        receipts.add(box.castFor(voteId, 2, "REWORK").receipt());
        receipts.add(box.castFor(voteId, 3, "101").receipt());
        assertThatThrownBy(() -> box.merkleRoot(voteId)).hasMessage("Results are hidden until the vote closes.");
        assertThatThrownBy(() -> box.proof(voteId, receipts.get(0))).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("voting.error.notClosed"));
        clock.advance(Duration.ofDays(3));
        box.close(voteId);

        PublishedResult published = box.published(voteId);
        assertThat(published.receipts()).containsExactlyInAnyOrderElementsOf(receipts).isSorted();
        assertThat(published.merkleRoot()).isEqualTo(MerkleTree.root(published.receipts())).isEqualTo(box.merkleRoot(voteId));
        assertThat(published.participants()).containsExactly(1L, 2L, 3L);
        assertThat(published.result().totals()).containsEntry("101", 2).containsEntry("REWORK", 1);
        assertThat(published.namedBallots()).isEmpty();
        for (String receipt : receipts) {
            InclusionProof proof = box.proof(voteId, receipt);
            assertThat(proof.verifiesAgainst(published.merkleRoot())).isTrue();
            assertThat(proof.treeSize()).isEqualTo(3);
        }
        assertThatThrownBy(() -> box.proof(voteId, "ab".repeat(32))).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("voting.error.notCounted"));
        assertThat(box.audit(voteId).intact()).isTrue();
    }

    @Test
    void aReplacedBallotIsKeptAsHistoryButIsNotCounted() {
        clock.advance(Duration.ofDays(4));
        box.close(voteId);
        long revote = box.open(9, PANEL, List.of("101", "102"), clock.instant().plusSeconds(600),
                VoteRules.standard().withRevoting());
        user.citizen(1);
        BallotReceipt replaced = box.cast(revote, "101");
        BallotReceipt counted = box.cast(revote, "102");
        clock.advance(Duration.ofHours(1));
        box.close(revote);

        assertThat(box.published(revote).receipts()).containsExactly(counted.receipt());
        assertThat(store.store.allBallots(revote)).hasSize(2);
        assertThatThrownBy(() -> box.proof(revote, replaced.receipt())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("voting.error.notCounted"));
        assertThat(box.result(revote).totals()).containsEntry("101", 0).containsEntry("102", 1);
    }

    @Test
    void aNamedVoteKeepsAndPublishesEachMembersChoice() {
        clock.advance(Duration.ofDays(4));
        box.close(voteId);
        long named = box.open(9, PANEL, List.of("101", "102"), clock.instant().plusSeconds(600),
                VoteRules.standard().withNamedBallots());
        user.citizen(2);
        BallotReceipt receipt = box.cast(named, "102");
        user.admin();
        box.castFor(named, 1, "101");
        clock.advance(Duration.ofHours(1));
        box.close(named);

        assertThat(box.info(named).rules().named()).isTrue();
        assertThat(box.published(named).namedBallots()).containsExactly(new PublishedResult.NamedBallot(1, "101"),
                new PublishedResult.NamedBallot(2, "102"));
        user.citizen(2);
        assertThat(box.myReceipt(named)).contains(receipt);
    }

    @Test
    void theAuditFindsAChangedOptionAndADeletedBallot() {
        user.admin();
        box.castFor(voteId, 1, "101");
        box.castFor(voteId, 2, "101");
        StoredBallot b = store.ballotRows.get(0);
        store.ballotRows.set(0, new StoredBallot(b.id(), b.voteId(), b.voterKey(), true, null, "102", b.nonce(),
                b.receipt(), b.revision(), b.castAt(), null));

        assertThat(box.audit(voteId).problems()).singleElement().asString().contains("does not match its receipt");

        store.ballotRows.remove(1);
        assertThat(box.audit(voteId).problems()).hasSize(2).last().asString().contains("the roll records 2 voters");
    }

    @Test
    void aReplacedJurorLeavesTheRollAndTheReplacementJoinsIt() {
        MEMBERS.add(5L);
        try {
            box.on(new JurorReplaced(PANEL, 3, 5));

            user.citizen(5);
            box.cast(voteId, "102");
            user.citizen(3);
            assertThatThrownBy(() -> box.cast(voteId, "101")).isInstanceOf(AccessDeniedException.class);
            assertThat(box.turnout(voteId).eligible()).isEqualTo(4);
        } finally {
            MEMBERS.remove(5L);
        }
    }

    /** A clock the tests move forward. */
    private static final class MutableClock extends Clock {
        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package org.rbe.governance.voting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.jury.JurorReplaced;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.testing.FakeCurrentUser;
import org.rbe.governance.voting.internal.BallotEntity;
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
        box = new BallotBox(store.votes, store.roll, store.ballots, sortition, user, events::add, clock);
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

        BallotEntity stored = store.ballotRows.get(0);
        assertThat(receipt.receipt()).hasSize(64).isEqualTo(stored.getReceipt());
        assertThat(receipt.castAt()).isEqualTo(START);
        assertThat(box.hasVoted(voteId)).isTrue();
        assertThat(events).contains(new BallotCast(voteId));
        assertThat(box.turnout(voteId).voted()).isEqualTo(1);
        assertThat(Receipts.receipt(voteId, 1, "101", "x")).isNotEqualTo(Receipts.receipt(voteId, 1, "102", "x"));
    }

    @Test
    void aSecondBallotIsRefusedWhenRevotingIsOff() {
        user.citizen(1);
        box.cast(voteId, "101");

        assertThatThrownBy(() -> box.cast(voteId, "102")).isInstanceOf(UserFacingException.class)
                .hasMessage("You have already voted in this vote.");
        assertThat(store.ballotRows).hasSize(1).allMatch(b -> b.getOption().equals("101"));
    }

    @Test
    void aSecondBallotReplacesTheFirstWhenRevotingIsAllowed() {
        clock.advance(Duration.ofDays(4));
        box.close(voteId);
        long revote = box.open(9, PANEL, List.of("101", "102"), clock.instant().plusSeconds(600),
                new VoteRules(0.5, true, "REWORK"));
        user.citizen(2);

        box.cast(revote, "101");
        box.cast(revote, "102");

        assertThat(box.turnout(revote).voted()).isEqualTo(1);
        assertThat(store.ballots.findByVoteId(revote)).singleElement().extracting(BallotEntity::getOption).isEqualTo("102");
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
        assertThat(store.ballotRows).singleElement().extracting(BallotEntity::getCitizenId).isEqualTo(2L);
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
        assertThat(events).containsExactly(new VoteClosed(voteId, 9, "APPROVED"));
        assertThat(box.turnout(voteId).closed()).isTrue();
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

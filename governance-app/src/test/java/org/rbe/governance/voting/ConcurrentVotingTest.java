package org.rbe.governance.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 500 jurors voting at once from many threads, each re-voting at random (some twice at the very same moment):
 * exactly one final ballot each, totals match the last choices, every final receipt proves its inclusion, and a
 * secret vote keeps no link between roll and ballots once closed. Tampering with a stored ballot is detected.
 */
class ConcurrentVotingTest extends CycleTestSupport {
    @Autowired
    Sortition sortition;
    @Autowired
    BallotBox ballots;
    @Autowired
    AuditLedger ledger;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void fiveHundredJurorsVotingAtOnceWithRandomRevotesLeaveExactlyOneFinalBallotEach() throws Exception {
        OpenVoteFixture vote = OpenVoteFixture.open(this, people, sortition, ballots, currentUser, "Concurrent vote",
                VoteRules.standard().withRevoting(), clock.instant().plus(Duration.ofHours(1)));
        assertThat(vote.jurors()).hasSize(500);
        long ledgerBefore = ledger.head().entries();
        Map<String, String> optionOfReceipt = new ConcurrentHashMap<>();
        List<Future<?>> work = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(48);
        List<Runnable> tasks = new ArrayList<>();
        for (MemberView juror : vote.jurors()) {
            Random random = new Random(juror.citizenId());
            int casts = 1 + random.nextInt(3);
            Runnable castAll = () -> {
                for (int i = 0; i < casts; i++) {
                    String option = vote.options().get(random.nextInt(vote.options().size()));
                    BallotReceipt r = currentUser.runAs(juror.username(), () -> ballots.cast(vote.voteId(), option));
                    optionOfReceipt.put(r.receipt(), option);
                }
            };
            tasks.add(castAll);
            if (juror.citizenId() % 10 == 0) {
                // the same juror casting twice at the same moment (a double click, a retried request)
                String option = vote.options().get(0);
                tasks.add(() -> optionOfReceipt.put(currentUser.runAs(juror.username(),
                        () -> ballots.cast(vote.voteId(), option)).receipt(), option));
            }
        }
        Collections.shuffle(tasks, new Random(7));
        tasks.forEach(t -> work.add(pool.submit(t)));
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Map<String, Integer> expected = new HashMap<>();
        vote.options().forEach(o -> expected.put(o, 0));
        List<String> finalReceipts = new ArrayList<>();
        for (MemberView juror : vote.jurors()) {
            String receipt = currentUser.runAs(juror.username(), () -> ballots.myReceipt(vote.voteId())).orElseThrow().receipt();
            finalReceipts.add(receipt);
            expected.merge(optionOfReceipt.get(receipt), 1, Integer::sum);
        }
        assertThat(count("SELECT COUNT(*) FROM ballot WHERE vote_id = ? AND is_current", vote.voteId())).isEqualTo(500);
        assertThat(count("SELECT COUNT(DISTINCT current_key) FROM ballot WHERE vote_id = ?", vote.voteId())).isEqualTo(500);
        assertThat(count("SELECT COUNT(*) FROM ballot WHERE vote_id = ?", vote.voteId())).isEqualTo(optionOfReceipt.size());
        assertThat(ballots.turnout(vote.voteId()).voted()).isEqualTo(500);
        assertThat(ballots.audit(vote.voteId()).problems()).isEmpty();
        assertThatThrownBy(() -> currentUser.runAs("admin", () -> ballots.result(vote.voteId())))
                .isInstanceOf(UserFacingException.class).hasMessage("Results are hidden until the vote closes.");

        VoteResult result = currentUser.runAs("admin", () -> ballots.close(vote.voteId()));

        assertThat(result.ballots()).isEqualTo(500);
        assertThat(result.totals()).isEqualTo(expected);
        PublishedResult published = ballots.published(vote.voteId());
        assertThat(published.receipts()).containsExactlyInAnyOrderElementsOf(finalReceipts);
        assertThat(published.participants()).hasSize(500);
        for (String receipt : finalReceipts) {
            assertThat(ballots.proof(vote.voteId(), receipt).verifiesAgainst(published.merkleRoot())).isTrue();
        }
        optionOfReceipt.keySet().stream().filter(r -> !finalReceipts.contains(r)).limit(20).forEach(replaced ->
                assertThatThrownBy(() -> ballots.proof(vote.voteId(), replaced)).hasMessageContaining("not among the counted"));
        // secrecy: once closed, nothing stored links a roll entry to a ballot
        assertThat(count("SELECT COUNT(*) FROM ballot WHERE vote_id = ? AND (voter_key IS NOT NULL OR current_key IS NOT NULL"
                + " OR citizen_id IS NOT NULL)", vote.voteId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM vote_eligible WHERE vote_id = ? AND ballot_key IS NOT NULL", vote.voteId())).isZero();
        // the ledger holds one receipt entry per ballot cast, then the frozen roll, the tally and the close
        assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE entry_type = 'BALLOT_RECEIPT' AND subject = ? AND seq > ?",
                "vote:" + vote.voteId(), ledgerBefore)).isEqualTo(optionOfReceipt.size());
        assertThat(jdbc.queryForList("SELECT entry_type FROM ledger_entry WHERE subject = ? AND entry_type <> 'BALLOT_RECEIPT'"
                + " ORDER BY seq", String.class, "vote:" + vote.voteId()))
                .containsExactly("VOTE_OPENED", "ROLL_FROZEN", "VOTE_TALLIED", "VOTE_CLOSED");
        assertThat(jdbc.queryForObject("SELECT payload FROM ledger_entry WHERE subject = ? AND entry_type = 'VOTE_TALLIED'",
                String.class, "vote:" + vote.voteId())).contains(published.merkleRoot());
        assertThat(ledger.verify().ok()).isTrue();
    }

    @Test
    void aChangedInsertedOrDeletedBallotIsDetectedAndAnUncountedReceiptHasNoProof() {
        OpenVoteFixture vote = OpenVoteFixture.open(this, people, sortition, ballots, currentUser, "Tampered ballots",
                VoteRules.standard(), clock.instant().plus(Duration.ofHours(1)));
        List<String> receipts = new ArrayList<>();
        for (MemberView juror : vote.jurors().subList(0, 20)) {
            receipts.add(currentUser.runAs(juror.username(), () -> ballots.cast(vote.voteId(), vote.options().get(0))).receipt());
        }
        jdbc.update("UPDATE vote_round SET deadline = ? WHERE id = ?", java.sql.Timestamp.from(clock.instant().minusSeconds(1)),
                vote.voteId());
        currentUser.runAs("admin", () -> ballots.close(vote.voteId()));
        assertThat(ballots.audit(vote.voteId()).intact()).isTrue();
        String root = ballots.merkleRoot(vote.voteId());

        jdbc.update("UPDATE ballot SET option_code = ? WHERE receipt = ?", vote.options().get(1), receipts.get(3));
        assertThat(ballots.audit(vote.voteId()).problems()).singleElement().asString()
                .contains("does not match its receipt " + receipts.get(3));
        jdbc.update("UPDATE ballot SET option_code = ? WHERE receipt = ?", vote.options().get(0), receipts.get(3));

        String forged = "f".repeat(64);
        jdbc.update("INSERT INTO ballot (vote_id, is_current, option_code, receipt, revision, cast_at) VALUES (?, TRUE, ?, ?, 0, ?)",
                vote.voteId(), vote.options().get(1), forged, java.sql.Timestamp.from(clock.instant()));
        assertThat(ballots.audit(vote.voteId()).problems()).anyMatch(p -> p.contains("not the published " + root))
                .anyMatch(p -> p.contains("21 current ballots, but the roll records 20 voters"));
        // the forged ballot is in the stored list, but its proof fails against the root of the minutes
        assertThat(ballots.proof(vote.voteId(), forged).verifiesAgainst(root)).isFalse();
        jdbc.update("DELETE FROM ballot WHERE receipt = ?", forged);

        jdbc.update("DELETE FROM ballot WHERE receipt = ?", receipts.get(5));
        assertThat(ballots.audit(vote.voteId()).problems()).anyMatch(p -> p.contains("not the published " + root));
        assertThatThrownBy(() -> ballots.proof(vote.voteId(), receipts.get(5))).hasMessageContaining("not among the counted");
    }

    @Test
    void ballotWritesHeldBackInABatchReadAsWrittenAndADuplicateCurrentBallotIsStillRefusedByTheDatabase() {
        OpenVoteFixture vote = OpenVoteFixture.open(this, people, sortition, ballots, currentUser, "Deferred writes",
                VoteRules.standard().withRevoting(), clock.instant().plus(Duration.ofHours(1)));
        org.springframework.transaction.support.TransactionTemplate tx =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        List<MemberView> jurors = vote.jurors().subList(0, 3);
        List<String> receipts = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            ballots.deferWrites();
            for (MemberView juror : jurors) {
                receipts.add(currentUser.runAs(juror.username(), () -> ballots.cast(vote.voteId(), vote.options().get(0))).receipt());
            }
            // the same voter again in the same transaction: the re-vote sees (and replaces) the ballot held back
            receipts.add(currentUser.runAs(jurors.get(0).username(), () -> ballots.cast(vote.voteId(), vote.options().get(1)))
                    .receipt());
            assertThat(ballots.turnout(vote.voteId()).voted()).as("a read sees the writes held back").isEqualTo(3);
            receipts.add(currentUser.runAs(jurors.get(1).username(), () -> ballots.cast(vote.voteId(), vote.options().get(1)))
                    .receipt());
        });
        assertThat(count("SELECT COUNT(*) FROM ballot WHERE vote_id = ?", vote.voteId())).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM ballot WHERE vote_id = ? AND is_current", vote.voteId())).isEqualTo(3);
        assertThat(currentUser.runAs(jurors.get(0).username(), () -> ballots.myReceipt(vote.voteId())).orElseThrow().receipt())
                .isEqualTo(receipts.get(3));
        assertThat(currentUser.runAs(jurors.get(1).username(), () -> ballots.myReceipt(vote.voteId())).orElseThrow().receipt())
                .isEqualTo(receipts.get(4));
        assertThat(ballots.audit(vote.voteId()).problems()).isEmpty();

        // a current ballot that appears under the voter's key meanwhile (as from a second writer) fails the batch when
        // its writes are sent: nothing of the batch is stored
        MemberView third = jurors.get(2);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            ballots.deferWrites();
            currentUser.runAs(third.username(), () -> ballots.cast(vote.voteId(), vote.options().get(1)));
            String key = jdbc.queryForObject("SELECT ballot_key FROM vote_eligible WHERE vote_id = ? AND citizen_id = ?",
                    String.class, vote.voteId(), third.citizenId());
            jdbc.update("UPDATE ballot SET current_key = NULL, is_current = FALSE WHERE vote_id = ? AND current_key = ?",
                    vote.voteId(), key);
            jdbc.update("INSERT INTO ballot (vote_id, voter_key, current_key, is_current, option_code, receipt, revision, cast_at)"
                    + " VALUES (?, ?, ?, TRUE, ?, ?, 9, ?)", vote.voteId(), key, key, vote.options().get(0), "e".repeat(64),
                    java.sql.Timestamp.from(clock.instant()));
            ballots.flushWrites();
        })).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(count("SELECT COUNT(*) FROM ballot WHERE vote_id = ?", vote.voteId())).isEqualTo(5);
        assertThat(currentUser.runAs(third.username(), () -> ballots.myReceipt(vote.voteId())).orElseThrow().receipt())
                .isEqualTo(receipts.get(2));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}

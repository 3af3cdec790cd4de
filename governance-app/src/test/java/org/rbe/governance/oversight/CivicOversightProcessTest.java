package org.rbe.governance.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.testing.ProcessReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Both paths of {@code processes/civic-oversight.bpmn} through the real jury, proceedings, voting, minutes and ledger
 * modules: the trio finds a decision flawed and says why; or too few of it vote by the deadline. And what is refused.
 */
class CivicOversightProcessTest extends CycleTestSupport {
    @Autowired
    CivicOversight oversight;
    @Autowired
    Sortition sortition;
    @Autowired
    BallotBox ballots;
    @Autowired
    Deliberation deliberation;
    @Autowired
    DecisionRegister register;
    @Autowired
    MinutesVerifier verifier;
    @Autowired
    AuditLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    private static long nextCase = 900_000;

    @Test
    void theTrioFindsADecisionFlawedAndPublishesItsReasonsWithSignedMinutes() {
        long decision = publishedDecision();
        OversightView check = oversight.request(decision, "  The jury was drawn before the data were final.  ");
        assertThat(check.concern()).isEqualTo("The jury was drawn before the data were final.");
        var process = new ProcessReference(check.processInstanceId());
        assertThat(process).isWaitingAt("Task_DrawTrio");
        assertThat(beacon.enterPublicValues(check.caseNumber())).isEqualTo(1);
        check = oversight.get(check.id());
        assertThat(process).hasPassed("Task_DrawTrio", "Task_OpenFinding").isWaitingAt("Gateway_WaitForTrio");
        List<MemberView> trio = sortition.panel(check.panelId()).members();
        assertThat(trio).hasSize(3);
        assertThat(check.stage()).isEqualTo(OversightView.REVIEW);

        long panelId = check.panelId();
        currentUser.runAs("admin", () -> {
            trio.forEach(m -> sortition.respond(panelId, m.citizenId(), true));
            return null;
        });
        currentUser.runAs(trio.get(0).username(), () -> {
            deliberation.writeSummary(panelId, "The data were replaced two days after the draw; the record shows it.");
            return null;
        });
        long voteId = check.voteId();
        currentUser.runAs("admin", () -> {
            ballots.castFor(voteId, trio.get(0).citizenId(), OversightView.FLAWED);
            ballots.castFor(voteId, trio.get(1).citizenId(), OversightView.FLAWED);
            return ballots.castFor(voteId, trio.get(2).citizenId(), OversightView.SOUND);
        });

        assertThat(process).hasPassed("Event_TrioVoted", "Task_CloseFinding", "Task_SignMinutes", "Task_PublishFinding",
                "Task_Conclude").isEnded();
        OversightView done = oversight.get(check.id());
        assertThat(done.stage()).isEqualTo(OversightView.CONCLUDED);
        assertThat(done.finding()).isEqualTo(OversightView.FLAWED);
        assertThat(done.votesFlawed()).isEqualTo(2);
        assertThat(done.votesSound()).isEqualTo(1);
        assertThat(done.findingText()).contains("replaced two days after the draw");
        RegisterEntry published = register.entry(done.caseNumber()).orElseThrow();
        assertThat(published.summary()).contains("replaced two days after the draw");
        assertThat(verifier.verify(register.minutesPdf(done.caseNumber()).orElseThrow()).valid()).isTrue();
        assertThat(entries("case:" + decision)).extracting(LedgerEntry::type)
                .containsSubsequence("OVERSIGHT_REQUESTED", "OVERSIGHT_CONCLUDED");
        assertThat(entries("case:" + done.caseNumber())).extracting(LedgerEntry::type).containsSubsequence(
                "BODY_DRAWN", "BODY_DELIBERATING", "BODY_VOTING", "BODY_VOTED", "BODY_MINUTES_SIGNED", "BODY_PUBLISHED");
        // nothing of who asked is kept: the request's row holds the decision and the concern only
        assertThat(jdbc.queryForList("SELECT * FROM oversight_check WHERE id = ?", done.id()).get(0).keySet())
                .map(String::toLowerCase).doesNotContain("requested_by", "ip", "session", "username");
        // and the decision may be checked again once this check is concluded
        assertThat(oversight.request(decision, "A second look at the same decision, a year later.").stage())
                .isEqualTo(OversightView.REQUESTED);
    }

    @Test
    void atTheDeadlineWithOneBallotTheCheckEndsWithoutAFinding() {
        OversightView check = oversight.request(publishedDecision(), "The published tally does not add up to the roll.");
        beacon.enterPublicValues(check.caseNumber());
        check = oversight.get(check.id());
        MemberView one = sortition.panel(check.panelId()).members().get(0);
        long panelId = check.panelId();
        long voteId = check.voteId();
        currentUser.runAs("admin", () -> {
            sortition.respond(panelId, one.citizenId(), true);
            return ballots.castFor(voteId, one.citizenId(), OversightView.SOUND);
        });
        jdbc.update("UPDATE vote_round SET deadline = ? WHERE id = ?", Timestamp.from(clock.instant().minusSeconds(1)),
                voteId);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(check.processInstanceId())
                .timers().singleResult();
        engine.getManagementService().executeJob(timer.getId());
        var process = new ProcessReference(check.processInstanceId());
        assertThat(process).hasPassed("Event_FindingDeadline", "Task_CloseFinding", "Task_PublishFinding").isEnded();
        assertThat(oversight.get(check.id()).finding()).isEqualTo(OversightView.NO_QUORUM);
    }

    @Test
    void aRequestIsRefusedWithItsReasonAndNothingIsStored() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM oversight_check", Integer.class);
        long decision = publishedDecision();
        assertThatThrownBy(() -> oversight.request(decision, "too short")).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("oversight.error.concernLength");
        assertThatThrownBy(() -> oversight.request(decision, "x".repeat(CivicOversight.MAX_CONCERN + 1)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("oversight.error.concernLength");
        assertThatThrownBy(() -> oversight.request(123_456_789L, "A decision that was never published at all."))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("oversight.error.notPublished");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oversight_check", Integer.class)).isEqualTo(before);
        oversight.request(decision, "The minutes omit the ethics council's reasons.");
        assertThatThrownBy(() -> oversight.request(decision, "The same decision again, while it is being checked."))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("oversight.error.alreadyOpen");
    }

    private List<LedgerEntry> entries(String subject) {
        return ledger.entries(0, 1_000_000).stream().filter(e -> e.subject().equals(subject)).toList();
    }

    /** A decision as the register holds it once published (its case number below the other processes' ranges). */
    private long publishedDecision() {
        long caseId = nextCase++;
        register.publish(new RegisterEntry(caseId, "DC-" + caseId, "Water for the south " + caseId, "water", "South",
                "Scenario A", "Summary", "clerk", clock.instant(), "ab".repeat(32), true), new byte[] {'%', 'P', 'D', 'F'});
        return caseId;
    }
}

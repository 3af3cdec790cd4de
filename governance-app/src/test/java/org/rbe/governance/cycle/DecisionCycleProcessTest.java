package org.rbe.governance.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.Stage;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.scenarios.ScenarioGenerator;
import org.rbe.governance.scenarios.ScenarioView;
import org.rbe.governance.simulation.JuryTurnout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of {@code processes/decision-cycle.bpmn}, driven by simulated people through the real services. */
class DecisionCycleProcessTest extends CycleTestSupport {
    private static final double[] MOSTLY_FIRST = {6, 2, 1, 1, 1, 1};
    @Autowired
    ScenarioGenerator scenarios;
    @Autowired
    Sortition sortition;
    @Autowired
    DecisionRegister register;
    @Autowired
    MinutesVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void approvedDecisionIsPublishedWithSignedMinutesAndTheCycleCloses() {
        DecisionCaseView c = openCase("Approved path");
        ProcessInstance process = processOf(c);
        assertThat(process).isWaitingAt("Task_ExpertReview");
        assertThat(people.reviewRound(c.id(), "APPROVE", null)).isEqualTo(3);
        assertThat(process).isWaitingAt("Task_EthicsCheck");
        people.closeEthicsCheck(c.id(), "Nothing to veto.");
        assertThat(process).isWaitingAt("Gateway_WaitForVotes");
        JuryTurnout turnout = people.juryVotes(c.id(), 0.05, 1.0, MOSTLY_FIRST, 7L);
        assertThat(turnout.voted()).isEqualTo(500);
        assertThat(process).hasPassed("Event_AllVoted", "Task_CloseVote").isWaitingAt("Task_PublishDecision");
        people.publish(c.id(), "The jury approved scenario A.");
        assertThat(process).hasPassed("Task_SignMinutes", "Task_PublishToRegister").isWaitingAt("Task_RecordFeedback");
        people.recordFeedback(c.id(), "Deliveries matched the plan.", "YES");
        assertThat(process).hasPassed("Task_CloseCycle").isEnded();
        assertThat(cases.get(c.id()).stage()).isEqualTo(Stage.CLOSED);
        byte[] pdf = register.minutesPdf(c.id()).orElseThrow();
        assertThat(verifier.verify(pdf).valid()).isTrue();
    }

    @Test
    void twoThirdsOfExpertsReturningSendsTheSetBackForANewRound() {
        DecisionCaseView c = openCase("Experts return");
        ProcessInstance process = processOf(c);
        people.reviewRound(c.id(), "RETURN", "The import cost is understated.");
        assertThat(process).hasPassed("Gateway_ExpertsReturn").isWaitingAt("Task_ExpertReview");
        assertThat(process).variables().containsEntry("round", 2).containsEntry("reviewOutcome", "RETURNED");
        assertThat(cases.get(c.id()).round()).isEqualTo(2);
        assertThat(scenarios.scenarios(c.id(), 2)).isNotEmpty();
    }

    @Test
    void whenEveryScenarioIsVetoedNewScenariosAreGenerated() {
        DecisionCaseView c = openCase("Everything vetoed");
        ProcessInstance process = processOf(c);
        people.reviewRound(c.id(), "APPROVE", null);
        for (ScenarioView s : scenarios.scenarios(c.id(), 1)) {
            people.veto(c.id(), s.id(), "Unacceptable burden on one region.");
        }
        people.closeEthicsCheck(c.id(), "Every scenario was vetoed.");
        assertThat(process).hasPassed("Task_ConcludeEthics").isWaitingAt("Task_ExpertReview");
        assertThat(process).variables().containsEntry("scenariosLeft", 0).containsEntry("round", 2);
    }

    @Test
    void juryContestingReturnsTheScenariosForRework() {
        DecisionCaseView c = openCase("Jury contests");
        ProcessInstance process = processOf(c);
        people.reviewRound(c.id(), "APPROVE", null);
        people.closeEthicsCheck(c.id(), "Nothing to veto.");
        int options = people.options(c.id()).size();
        double[] reworkOnly = new double[options];
        reworkOnly[options - 1] = 1;
        people.juryVotes(c.id(), 0.0, 1.0, reworkOnly, 11L);
        // the next round's reviewers are announced first and drawn once a clerk enters the public value
        assertThat(process).hasPassed("Task_CloseVote").isWaitingAt("Task_DrawReviewers");
        assertThat(beacon.enterPublicValues(c.id())).isEqualTo(1);
        assertThat(process).isWaitingAt("Task_ExpertReview");
        assertThat(process).variables().containsEntry("voteOutcome", "REWORK").containsEntry("round", 2);
    }

    @Test
    void lowTurnoutAtTheDeadlineDrawsANewJury() {
        DecisionCaseView c = openCase("Deadline with low turnout");
        ProcessInstance process = processOf(c);
        people.reviewRound(c.id(), "APPROVE", null);
        people.closeEthicsCheck(c.id(), "Nothing to veto.");
        long firstPanel = sortition.currentPanel(c.id()).orElseThrow().id();
        people.juryVotes(c.id(), 0.0, 0.2, MOSTLY_FIRST, 13L);
        assertThat(process).isWaitingAt("Gateway_WaitForVotes");
        // The deadline passes: move it into the past, then fire the timer as the job executor would.
        jdbc.update("UPDATE vote_round SET deadline = ? WHERE case_id = ?", Timestamp.from(clock.instant().minusSeconds(1)), c.id());
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers().singleResult();
        engine.getManagementService().executeJob(timer.getId());
        assertThat(process).hasPassed("Event_VoteDeadline", "Task_CloseVote").isWaitingAt("Task_DrawJury");
        assertThat(process).variables().containsEntry("voteOutcome", "NO_QUORUM");
        assertThat(beacon.enterPublicValues(c.id())).isEqualTo(1);
        assertThat(process).isWaitingAt("Gateway_WaitForVotes");
        assertThat(sortition.currentPanel(c.id()).orElseThrow().id()).isNotEqualTo(firstPanel);
    }
}

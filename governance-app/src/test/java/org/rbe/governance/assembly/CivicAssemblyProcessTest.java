package org.rbe.governance.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbe.governance.constitution.ConstitutionalReviews;
import org.rbe.governance.constitution.ReviewSchedule;
import org.rbe.governance.constitution.ReviewView;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.testing.ProcessReference;
import org.rbe.governance.voting.BallotBox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Both paths of {@code processes/civic-assembly.bpmn} through the real jury, voting, constitution, minutes and ledger
 * modules: the assembly opens an extraordinary review, or it does not; and its due date lives in the domain.
 */
class CivicAssemblyProcessTest extends CycleTestSupport {
    @Autowired
    CivicAssemblies assemblies;
    @Autowired
    Sortition sortition;
    @Autowired
    BallotBox ballots;
    @Autowired
    ConstitutionalReviews reviews;
    @Autowired
    ReviewSchedule reviewSchedule;
    @Autowired
    DecisionRegister register;
    @Autowired
    MinutesVerifier verifier;
    @Autowired
    AuditLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyoneVotesAndTheAssemblyOpensAnExtraordinaryReview() {
        LocalDate due = assemblies.nextDue();
        LocalDate tenYearDue = reviewSchedule.nextReviewDue();
        assertThat(assemblies.conveneIfDue(due.minusDays(1))).isEmpty();
        AssemblyView assembly = assemblies.conveneIfDue(due).orElseThrow();
        assertThat(assemblies.conveneIfDue(due)).isEmpty();
        ProcessInstance process = new ProcessReference(assembly.processInstanceId());
        // the draw is announced first; a clerk enters the public value, and only then are the 1,000 drawn
        assertThat(process).isWaitingAt("Task_DrawAssembly");
        assertThat(beacon.enterPublicValues(assembly.caseNumber())).isEqualTo(1);
        assertThat(process).hasPassed("Task_DrawAssembly", "Task_OpenVotes").isWaitingAt("Gateway_WaitForVotes");
        assembly = assemblies.get(assembly.id());
        List<MemberView> members = sortition.panel(assembly.panelId()).members();
        assertThat(members).hasSize(1000);
        assertThat(assembly.stage()).isEqualTo(AssemblyView.VOTE);

        // Everyone votes: ratings 4 and 2 alternately (mean 3.00), 700 for a review and 300 against.
        vote(assembly, members, 1.0, 0.7, 31L);

        assertThat(process).hasPassed("Event_AllVoted", "Task_CloseVotes", "Task_OpenExtraordinaryReview",
                "Task_SignMinutes", "Task_PublishMinutes", "Task_CloseAssembly").isEnded();
        AssemblyView closed = assemblies.get(assembly.id());
        assertThat(closed.stage()).isEqualTo(AssemblyView.CLOSED);
        assertThat(closed.averageRating()).isEqualTo(3.0);
        assertThat(closed.ratings()).isEqualTo(1000);
        assertThat(closed.reviewFor()).isEqualTo(700);
        assertThat(closed.reviewAgainst()).isEqualTo(300);
        assertThat(closed.opensReview()).isTrue();
        ReviewView review = reviews.get(closed.reviewId());
        assertThat(review.trigger()).isEqualTo(ReviewView.ASSEMBLY);
        assertThat(new ProcessReference(review.processInstanceId())).isWaitingAt("Task_DrawAssembly");
        assertThat(beacon.enterPublicValues(review.caseNumber())).isEqualTo(1);
        assertThat(new ProcessReference(review.processInstanceId())).hasPassed("Task_DrawAssembly")
                .hasNotPassed("Task_CountSupporters").isWaitingAt("Task_CloseProposals");
        assertThat(reviewSchedule.nextReviewDue()).isEqualTo(tenYearDue);
        assertThat(assemblies.nextDue()).isEqualTo(due.plusYears(1));
        assertThat(closed.documentId()).startsWith("CA-" + closed.id() + "-");
        byte[] pdf = register.minutesPdf(closed.caseNumber()).orElseThrow();
        assertThat(verifier.verify(pdf).valid()).isTrue();
        assertThat(ledger.entries(0, 1_000_000)).filteredOn(e -> e.subject().equals("civic-assembly:" + closed.id()))
                .extracting(LedgerEntry::type).containsExactly("CIVIC_ASSEMBLY_CONVENED", "CIVIC_ASSEMBLY_CONCLUDED");
        // the body deliberated through the shared lifecycle: opened with its vote, closed with it, both in the ledger
        assertThat(ledger.entries(0, 1_000_000)).filteredOn(e -> e.subject().equals("case:" + closed.caseNumber()))
                .extracting(org.rbe.governance.ledger.LedgerEntry::type)
                .contains("DELIBERATION_OPENED", "DELIBERATION_CLOSED");
    }

    @Test
    void atTheDeadlineAMinorityForAReviewOpensNoneAndTheNextAssemblyFallsDueAYearLater() {
        LocalDate due = assemblies.nextDue();
        int reviewsBefore = reviews.all().size();
        AssemblyView assembly = assemblies.conveneIfDue(due.plusDays(3)).orElseThrow();
        assertThat(assembly.dueDate()).isEqualTo(due);
        beacon.enterPublicValues(assembly.caseNumber());
        assembly = assemblies.get(assembly.id());
        List<MemberView> members = sortition.panel(assembly.panelId()).members();

        // 600 of the 1,000 vote (quorum met); 180 want a review, 420 do not.
        vote(assembly, members, 0.6, 0.3, 32L);
        ProcessInstance process = new ProcessReference(assembly.processInstanceId());
        assertThat(process).isWaitingAt("Gateway_WaitForVotes");
        jdbc.update("UPDATE vote_round SET deadline = ? WHERE id IN (?, ?)", Timestamp.from(clock.instant().minusSeconds(1)),
                assembly.ratingVoteId(), assembly.reviewVoteId());
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(assembly.processInstanceId())
                .activityId("Event_VoteDeadline").timers().singleResult();
        engine.getManagementService().executeJob(timer.getId());

        assertThat(process).hasPassed("Event_VoteDeadline", "Task_CloseVotes", "Task_SignMinutes")
                .hasNotPassed("Task_OpenExtraordinaryReview").isEnded();
        AssemblyView closed = assemblies.get(assembly.id());
        assertThat(closed.opensReview()).isFalse();
        assertThat(closed.reviewId()).isNull();
        assertThat(closed.reviewFor()).isEqualTo(180);
        assertThat(closed.reviewBallots()).isEqualTo(600);
        assertThat(reviews.all()).hasSize(reviewsBefore);
        assertThat(assemblies.nextDue()).isEqualTo(due.plusYears(1));
        assertThat(register.entry(closed.caseNumber())).isPresent();
    }

    @ParameterizedTest
    @MethodSource("org.rbe.governance.testing.AwkwardDays#days")
    void redeployingTheProcessDoesNotMoveTheDueDate(LocalDate day) {
        clock.moveTo(day);
        LocalDate due = assemblies.nextDue();
        engine.getRepositoryService().createDeployment().name("civic-assembly redeployed")
                .addClasspathResource("processes/civic-assembly.bpmn").enableDuplicateFiltering(false).deploy();
        assertThat(assemblies.nextDue()).isEqualTo(due);
        assertThat(assemblies.conveneIfDue(due.minusDays(1))).isEmpty();
    }

    /** A share {@code turnout} of the members accept their invitation and cast both ballots, as the administrator records them. */
    private void vote(AssemblyView assembly, List<MemberView> members, double turnout, double forReview, long seed) {
        List<MemberView> voters = new ArrayList<>(members);
        Collections.shuffle(voters, new Random(seed));
        voters = voters.subList(0, (int) Math.round(voters.size() * turnout));
        int wantReview = (int) Math.round(voters.size() * forReview);
        for (int i = 0; i < voters.size(); i++) {
            long citizen = voters.get(i).citizenId();
            String rating = i % 2 == 0 ? "4" : "2";
            String question = i < wantReview ? AssemblyView.OPEN_REVIEW : AssemblyView.NO_REVIEW;
            currentUser.runAs("admin", () -> {
                sortition.respond(assembly.panelId(), citizen, true);
                ballots.castFor(assembly.ratingVoteId(), citizen, rating);
                return ballots.castFor(assembly.reviewVoteId(), citizen, question);
            });
        }
    }
}

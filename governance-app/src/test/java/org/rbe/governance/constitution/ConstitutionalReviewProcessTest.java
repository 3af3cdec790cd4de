package org.rbe.governance.constitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.simulation.SimulatedReviews;
import org.rbe.governance.testing.ProcessReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of {@code processes/constitutional-review.bpmn}, driven by simulated people through the real services. */
class ConstitutionalReviewProcessTest extends CycleTestSupport {
    @org.springframework.beans.factory.annotation.Autowired
    org.rbe.governance.ledger.AuditLedger ledger;
    private static final LocalDate FROM = LocalDate.of(2081, 1, 1);
    @Autowired
    SimulatedReviews simulated;
    @Autowired
    ConstitutionalReviews reviews;
    @Autowired
    ConstitutionalParameters parameters;
    @Autowired
    ReviewSchedule schedule;
    @Autowired
    Sortition sortition;
    @Autowired
    CaseRoles roles;
    @Autowired
    DecisionRegister register;
    @Autowired
    MinutesVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTenYearReviewAcceptsOneAmendmentRejectsAnotherAndEnactsTheAcceptedOneFromItsDate() {
        LocalDate due = schedule.nextReviewDue();
        assertThat(simulated.dueDateCheck(due.minusDays(1))).isEmpty();
        ReviewView review = simulated.dueDateCheck(due).orElseThrow();
        assertThat(simulated.dueDateCheck(due)).isEmpty();
        ProcessInstance process = process(review);
        assertThat(process).hasPassed("Gateway_OpenedBy", "Task_DrawAssembly").hasNotPassed("Task_CountSupporters")
                .isWaitingAt("Task_CloseProposals");
        review = simulated.review(review.id());
        assertThat(sortition.panel(review.assemblyPanelId()).members()).hasSize(1000);
        assertThat(roles.holders(review.caseNumber())).hasSize(1000);
        simulated.answerAssemblyInvitations(review.id(), 0.01, 21L);
        AmendmentView food = simulated.propose(review.id(), 0, Parameter.FOOD_KCAL_PER_DAY, new BigDecimal("3200"), FROM,
                "Heavy manual work in the north needs more energy.");
        AmendmentView quorum = simulated.propose(review.id(), 1, Parameter.JURY_QUORUM, new BigDecimal("0.6"),
                FROM.plusMonths(1), "Decisions should rest on more jurors.");
        long reviewId = review.id();
        assertThatThrownBy(() -> currentUser.runAs("tech05", () -> reviews.propose(reviewId,
                Parameter.WATER_LITRES_PER_DAY, new BigDecimal("70"), FROM, "Not a member of the assembly")))
                .isInstanceOf(AccessDeniedException.class);
        simulated.closeProposals(review.id(), "Proposals gathered over three assembly sessions.");
        assertThat(process).hasPassed("Task_CountProposals", "Task_DrawReviewers").isWaitingAt("Task_AmendmentReview");
        assertThat(simulated.expertReviews(review.id(), "ANNOTATE", "Food: feasible with northern stocks. Quorum: feasible.")).isEqualTo(3);
        assertThat(process).hasPassed("Task_ConcludeReview").isWaitingAt("Task_AmendmentEthics");
        simulated.closeEthics(review.id(), "Neither amendment lowers a protection.");
        assertThat(process).hasPassed("Task_OpenVotes").isWaitingAt("Gateway_WaitForAssembly");
        simulated.assemblyVotes(review.id(), Map.of(food.id(), 0.9, quorum.id(), 0.3), 0.02, 1.0, 22L);
        assertThat(process).hasPassed("Event_AssemblyVoted", "Task_CloseVotes", "Task_EnactAmendments",
                "Task_SignReviewMinutes", "Task_PublishReview", "Task_CloseReview").isEnded();
        List<AmendmentView> results = reviews.amendments(review.id());
        assertThat(results).extracting(AmendmentView::outcome).containsExactly(AmendmentView.ACCEPTED, AmendmentView.REJECTED);
        assertThat(results.get(0).enactedFrom()).isEqualTo(FROM);
        assertThat(parameters.inForce(FROM.minusDays(1)).count(Parameter.FOOD_KCAL_PER_DAY)).isEqualTo(3000);
        assertThat(parameters.inForce(FROM).count(Parameter.FOOD_KCAL_PER_DAY)).isEqualTo(3200);
        assertThat(parameters.inForce(FROM.plusMonths(2)).share(Parameter.JURY_QUORUM)).isEqualTo(0.5);
        assertThat(schedule.nextReviewDue()).isEqualTo(due.plusYears(10));
        ReviewView closed = simulated.review(review.id());
        assertThat(closed.stage()).isEqualTo(ReviewView.CLOSED);
        assertThat(closed.documentId()).startsWith("CR-" + review.id() + "-");
        byte[] pdf = register.minutesPdf(closed.caseNumber()).orElseThrow();
        // the body deliberated through the shared lifecycle: opened with its vote, closed with it, both in the ledger
        assertThat(ledger.entries(0, 1_000_000)).filteredOn(e -> e.subject().equals("case:" + closed.caseNumber()))
                .extracting(org.rbe.governance.ledger.LedgerEntry::type)
                .contains("DELIBERATION_OPENED", "DELIBERATION_CLOSED");
        assertThat(verifier.verify(pdf).valid()).isTrue();
        assertThat(engine.getRepositoryService().getProcessDefinition(engine.getHistoryService()
                .createHistoricProcessInstanceQuery().processInstanceId(review.processInstanceId()).singleResult()
                .getProcessDefinitionId()).getKey()).isEqualTo("constitutional-review");
    }

    @Test
    void anInitiativeWithoutEnoughSupportersIsRefused() {
        InitiativeView initiative = simulated.initiative(4001, "More housing for children",
                "Raise housing per child to 12 m2.", 5);
        assertThat(initiative.supporters()).isEqualTo(5);
        assertThat(initiative.needed()).isEqualTo(100);
        ReviewView review = simulated.submit(4001, initiative.id());
        assertThat(process(review)).hasPassed("Task_CountSupporters", "Task_RefuseInitiative", "Event_InitiativeRefused")
                .hasNotPassed("Task_DrawAssembly").isEnded();
        assertThat(simulated.review(review.id()).stage()).isEqualTo(ReviewView.REFUSED);
        assertThat(reviews.initiatives()).filteredOn(i -> i.id() == initiative.id())
                .extracting(InitiativeView::status).containsExactly(InitiativeView.REFUSED);
    }

    @Test
    void anInitiativeWithEnoughSupportersOpensAReviewAndAVetoedAmendmentLeavesTheConstitutionUnchanged() {
        LocalDate due = schedule.nextReviewDue();
        InitiativeView initiative = simulated.initiative(4101, "Cut the water norm", "Lower water to 30 l/day.", 100);
        ReviewView review = simulated.submit(4101, initiative.id());
        ProcessInstance process = process(review);
        assertThat(process).hasPassed("Task_CountSupporters", "Task_DrawAssembly").isWaitingAt("Task_CloseProposals");
        long initiator = 4101;
        assertThat(sortition.panel(simulated.review(review.id()).assemblyPanelId()).members())
                .noneMatch(m -> m.citizenId() == initiator);
        simulated.acceptFirst(review.id(), 5);
        AmendmentView water = simulated.propose(review.id(), 0, Parameter.WATER_LITRES_PER_DAY, new BigDecimal("30"),
                FROM, "Desalination is short this decade.");
        simulated.closeProposals(review.id(), "One proposal, taken from the initiative.");
        simulated.expertReviews(review.id(), "RETURN", "30 l/day is below what a person needs for drinking and hygiene.");
        simulated.veto(review.id(), water.id(), "A norm below human need breaches the constitution's purpose.");
        simulated.closeEthics(review.id(), "The only amendment was vetoed.");
        assertThat(process).hasPassed("Task_ConcludeEthics", "Task_SignReviewMinutes", "Task_PublishReview")
                .hasNotPassed("Task_OpenVotes").isEnded();
        assertThat(reviews.amendments(review.id())).extracting(AmendmentView::outcome).containsExactly(AmendmentView.VETOED);
        assertThat(parameters.inForce(FROM).count(Parameter.WATER_LITRES_PER_DAY)).isEqualTo(50);
        assertThat(schedule.nextReviewDue()).isEqualTo(due);
        assertThat(register.entry(review.caseNumber())).isPresent();
    }

    @Test
    void withNoAmendmentProposedTheReviewPublishesThatNothingChanges() {
        InitiativeView initiative = simulated.initiative(4301, "Review the jury size", "Is 500 still right?", 100);
        ReviewView review = simulated.submit(4301, initiative.id());
        simulated.closeProposals(review.id(), "The assembly proposed no amendment.");
        assertThat(process(review)).hasPassed("Gateway_AnyProposed", "Task_SignReviewMinutes").hasNotPassed("Task_DrawReviewers")
                .isEnded();
        assertThat(simulated.review(review.id()).documentId()).isNotNull();
    }

    @Test
    void atTheVoteDeadlineAnAmendmentWithoutQuorumIsRejected() {
        InitiativeView initiative = simulated.initiative(4501, "Longer appeal window", "45 days to appeal.", 100);
        ReviewView review = simulated.submit(4501, initiative.id());
        simulated.acceptFirst(review.id(), 50);
        AmendmentView days = simulated.propose(review.id(), 0, Parameter.APPEAL_FILING_DAYS, new BigDecimal("45"), FROM,
                "Thirty days is too short for people far from a terminal.");
        simulated.closeProposals(review.id(), "One proposal.");
        simulated.expertReviews(review.id(), "APPROVE", "Feasible.");
        simulated.closeEthics(review.id(), "No objection.");
        // 15 of the 1,000 on the roll vote, all for: far below the quorum of half the assembly.
        simulated.assemblyVotes(review.id(), Map.of(days.id(), 1.0), 0.0, 0.3, 42L);
        ProcessInstance process = process(review);
        assertThat(process).isWaitingAt("Gateway_WaitForAssembly");
        jdbc.update("UPDATE vote_round SET deadline = ? WHERE id = ?", Timestamp.from(clock.instant().minusSeconds(1)),
                reviews.amendments(review.id()).get(0).voteId());
        simulated.voteDeadlinePasses(review.id());
        assertThat(process).hasPassed("Event_AssemblyDeadline", "Task_CloseVotes").hasNotPassed("Task_EnactAmendments").isEnded();
        assertThat(reviews.amendments(review.id())).extracting(AmendmentView::outcome).containsExactly(AmendmentView.REJECTED);
        assertThat(parameters.inForce(FROM).count(Parameter.APPEAL_FILING_DAYS)).isEqualTo(30);
    }

    private static ProcessInstance process(ReviewView review) {
        return new ProcessReference(review.processInstanceId());
    }
}

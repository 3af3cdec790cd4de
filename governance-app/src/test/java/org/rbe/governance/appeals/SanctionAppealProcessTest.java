package org.rbe.governance.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.simulation.SimulatedAppeals;
import org.rbe.governance.testing.ProcessReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of {@code processes/sanction-appeal.bpmn}, driven by simulated people through the real services. */
class SanctionAppealProcessTest extends CycleTestSupport {
    @org.springframework.beans.factory.annotation.Autowired
    org.rbe.governance.ledger.AuditLedger ledger;
    private static final AtomicLong APPELLANTS = new AtomicLong(6000);
    private static final String CUT = "Access to water cut by 50% for 30 days";
    @Autowired
    SimulatedAppeals simulated;
    @Autowired
    Appeals appeals;
    @Autowired
    DecisionRegister register;
    @Autowired
    MinutesVerifier verifier;
    @Autowired
    CitizenRegistry registry;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anUpheldAppealLeavesTheMeasureInForceWithSignedMinutesAndANotice() {
        SanctionView sanction = simulated.impose(nextAppellant(), 1, CUT, false, clock.today().minusDays(3));
        AppealView appeal = simulated.file(sanction.id(), "I took the extra water for a sick neighbour.");
        ProcessInstance process = process(appeal);
        assertThat(process).hasPassed("Task_CheckFiling", "Task_SuspendMeasure", "Task_DrawPanel")
                .isWaitingAt("Task_ExpertAdvice");
        assertThat(sanctionStatus(sanction.id())).isEqualTo(SanctionView.SUSPENDED);
        AppealPanelView panel = simulated.panel(appeal.id());
        assertThat(panel.members()).hasSize(12);
        assertThat(panel.expert()).startsWith("tech");
        assertThat(process).task().isAssignedTo(panel.expert());
        simulated.answerInvitations(appeal.id(), 0.2, 3L);
        simulated.exchangeMessages(appeal.id(), "Please read the neighbour's letter.", "We will ask about it at the hearing.");
        assertThat(currentUser.runAs(username(appeal.appellantId()), () -> appeals.messages(appeal.id()))).hasSize(2);
        simulated.advise(appeal.id(), "UPHOLD", "The overuse is measured; helping a neighbour has its own channel.", null);
        assertThat(process).isWaitingAt("Event_HearingDate");
        simulated.hearingDateArrives(appeal.id());
        assertThat(process).hasPassed("Task_OpenPanelVote").isWaitingAt("Gateway_WaitForPanel");
        simulated.panelVotes(appeal.id(), Map.of("UPHOLD", 8, "LIFT", 4), 5L);
        assertThat(process).hasPassed("Event_PanelVoted", "Task_ClosePanelVote", "Task_ApplyOutcome",
                "Task_SignAppealMinutes", "Task_PublishAppeal", "Task_NotifyAppellant").hasNotPassed("Task_ScheduleIsolationReview")
                .isEnded();
        AppealView decided = simulated.appeal(appeal.id());
        assertThat(decided.outcome()).isEqualTo(AppealView.UPHELD);
        assertThat(decided.decisionRule()).contains("7", "12");
        assertThat(sanctionStatus(sanction.id())).isEqualTo(SanctionView.UPHELD);
        assertThat(measure(sanction.id())).isEqualTo(CUT);
        assertSignedAndPublished(decided);
        assertThat(notices(decided)).anyMatch(n -> n.contains("upheld") && n.contains(decided.documentId()));
        // the body deliberated through the shared lifecycle: opened with its vote, closed with it, both in the ledger
        assertThat(ledger.entries(0, 1_000_000)).filteredOn(e -> e.subject().equals("case:" + org.rbe.governance.shared.CaseNumbers.appeal(decided.id())))
                .extracting(org.rbe.governance.ledger.LedgerEntry::type)
                .contains("DELIBERATION_OPENED", "DELIBERATION_CLOSED");
    }

    @Test
    void aModifiedAppealReplacesTheMeasureWithTheProposedOne() {
        SanctionView sanction = simulated.impose(nextAppellant(), 2, CUT, false, clock.today());
        AppealView appeal = simulated.file(sanction.id(), "The cut endangers my children.");
        simulated.answerInvitations(appeal.id(), 0.0, 4L);
        simulated.advise(appeal.id(), "MODIFY", "A work measure repairs the harm without risking the children.",
                "20 hours of community work at the water plant");
        simulated.hearingDateArrives(appeal.id());
        simulated.panelVotes(appeal.id(), Map.of("MODIFY", 7, "UPHOLD", 3, "LIFT", 2), 6L);
        ProcessInstance process = process(appeal);
        assertThat(process).hasPassed("Task_ApplyOutcome").isEnded();
        assertThat(simulated.appeal(appeal.id()).outcome()).isEqualTo(AppealView.MODIFIED);
        assertThat(sanctionStatus(sanction.id())).isEqualTo(SanctionView.MODIFIED);
        assertThat(measure(sanction.id())).isEqualTo("20 hours of community work at the water plant");
        assertSignedAndPublished(simulated.appeal(appeal.id()));
    }

    @Test
    void aLiftedAppealEndsTheSanctionAndALevelThreeMeasureStaysInForceUntilThen() {
        SanctionView sanction = simulated.impose(nextAppellant(), 3, "Lifetime ban on the shared drone fleet", false,
                clock.today().minusDays(10));
        AppealView appeal = simulated.file(sanction.id(), "The drone was faulty before I used it.");
        assertThat(sanctionStatus(sanction.id())).isEqualTo(SanctionView.ACTIVE);
        assertThat(appeal.suspended()).isFalse();
        simulated.answerInvitations(appeal.id(), 0.0, 7L);
        simulated.advise(appeal.id(), "LIFT", "The maintenance log shows the fault predates the use.", null);
        simulated.hearingDateArrives(appeal.id());
        simulated.panelVotes(appeal.id(), Map.of("LIFT", 10, "UPHOLD", 2), 8L);
        assertThat(process(appeal)).isEnded();
        assertThat(simulated.appeal(appeal.id()).outcome()).isEqualTo(AppealView.LIFTED);
        assertThat(sanctionStatus(sanction.id())).isEqualTo(SanctionView.LIFTED);
    }

    @Test
    void withoutTheRequiredMajorityThePanelVotesAgainBeforeItsDeadline() {
        SanctionView sanction = simulated.impose(nextAppellant(), 1, CUT, false, clock.today());
        AppealView appeal = simulated.file(sanction.id(), "The meter was broken.");
        simulated.answerInvitations(appeal.id(), 0.0, 9L);
        simulated.advise(appeal.id(), "LIFT", "The meter was replaced the week after.", null);
        simulated.hearingDateArrives(appeal.id());
        long firstVote = simulated.panel(appeal.id()).voteId();
        simulated.panelVotes(appeal.id(), Map.of("UPHOLD", 5, "LIFT", 4, "REWORK", 3), 10L);
        ProcessInstance process = process(appeal);
        assertThat(process).hasPassed("Task_ClosePanelVote").isWaitingAt("Gateway_WaitForPanel");
        assertThat(process).variables().containsEntry("appealOutcome", "UNDECIDED");
        assertThat(simulated.panel(appeal.id()).voteId()).isNotEqualTo(firstVote);
        assertThat(simulated.panel(appeal.id()).votesHeld()).isEqualTo(2);
        simulated.panelVotes(appeal.id(), Map.of("LIFT", 7, "UPHOLD", 5), 11L);
        assertThat(process).isEnded();
        assertThat(simulated.appeal(appeal.id()).outcome()).isEqualTo(AppealView.LIFTED);
    }

    @Test
    void aPanelThatMissesItsDeadlineIsReplacedAndTheAppellantIsToldWhy() {
        SanctionView sanction = simulated.impose(nextAppellant(), 1, CUT, false, clock.today());
        AppealView appeal = simulated.file(sanction.id(), "I was away that week.");
        AppealPanelView first = simulated.panel(appeal.id());
        simulated.answerInvitations(appeal.id(), 0.0, 12L);
        simulated.hearingDateArrives(appeal.id());
        ProcessInstance process = process(appeal);
        assertThat(process).hasPassed("Event_HearingWithoutAdvice").hasNotPassed("Event_HearingDate");
        simulated.panelVotes(appeal.id(), Map.of("UPHOLD", 3, "LIFT", 3), 13L);
        assertThat(process).isWaitingAt("Gateway_WaitForPanel");
        // The deadline passes: move the vote's deadline into the past, then fire the timer as the job executor would.
        jdbc.update("UPDATE vote_round SET deadline = ? WHERE id = ?", Timestamp.from(clock.instant().minusSeconds(1)),
                simulated.panel(appeal.id()).voteId());
        simulated.decisionDeadlinePasses(appeal.id());
        assertThat(process).hasPassed("Event_DecisionDeadline", "Task_ReplacePanel").isWaitingAt("Task_DrawPanel");
        assertThat(beacon.enterPublicValues(appeal.caseNumber())).isEqualTo(1);
        assertThat(process).isWaitingAt("Task_ExpertAdvice");
        assertThat(process).variables().containsEntry("appealOutcome", "PANEL_LATE");
        List<AppealPanelView> panels = currentUser.runAs("admin", () -> appeals.panels(appeal.id()));
        assertThat(panels).hasSize(2);
        assertThat(panels.get(0).status()).isEqualTo(AppealPanelView.REPLACED);
        AppealPanelView second = panels.get(1);
        assertThat(second.round()).isEqualTo(2);
        assertThat(second.expert()).isNotEqualTo(first.expert());
        Set<Long> firstMembers = ids(panels.get(0).members());
        assertThat(ids(second.members())).doesNotContainAnyElementsOf(firstMembers);
        assertThat(notices(appeal)).anyMatch(n -> n.contains("did not decide") && n.contains("new panel"));
    }

    @ParameterizedTest
    @MethodSource("org.rbe.governance.testing.AwkwardDays#days")
    void anAppealFiledAfterTheDeadlineIsRefusedWithTheReason(LocalDate day) {
        clock.moveTo(day);
        assertThat(simulated.impose(nextAppellant(), 1, CUT, false, day.minusDays(30)).appealDeadline()).isEqualTo(day);
        SanctionView sanction = simulated.impose(nextAppellant(), 1, CUT, false, clock.today().minusDays(31));
        assertThat(sanction.appealDeadline()).isEqualTo(clock.today().minusDays(1));
        AppealView appeal = simulated.file(sanction.id(), "I only just saw the notice.");
        assertThat(process(appeal)).hasPassed("Task_RefuseLateAppeal").hasNotPassed("Task_DrawPanel").isEnded();
        assertThat(process(appeal)).hasPassed("Event_AppealRefused");
        AppealView refused = simulated.appeal(appeal.id());
        assertThat(refused.stage()).isEqualTo(AppealView.REFUSED);
        assertThat(refused.outcome()).isEqualTo(AppealView.REFUSED_LATE);
        assertThat(sanctionStatus(sanction.id())).isEqualTo(SanctionView.ACTIVE);
        assertThat(notices(appeal)).anyMatch(n -> n.contains("refused") && n.contains("after the deadline"));
    }

    @ParameterizedTest
    @MethodSource("org.rbe.governance.testing.AwkwardDays#days")
    void anUpheldIsolationMeasureFallsDueForReviewAfterFiveYearsAndTheReviewOpensThen(LocalDate day) {
        clock.moveTo(day);
        SanctionView sanction = simulated.impose(nextAppellant(), 2, "Resettlement to a rehabilitation centre", true, clock.today());
        AppealView appeal = simulated.file(sanction.id(), "I ask for therapy at home instead.");
        assertThat(sanctionStatus(sanction.id())).isEqualTo(SanctionView.ACTIVE);
        simulated.answerInvitations(appeal.id(), 0.0, 14L);
        simulated.advise(appeal.id(), "UPHOLD", "The risk assessment still holds.", null);
        simulated.hearingDateArrives(appeal.id());
        simulated.panelVotes(appeal.id(), Map.of("UPHOLD", 9, "LIFT", 3), 15L);
        assertThat(process(appeal)).hasPassed("Task_ScheduleIsolationReview").isEnded();
        LocalDate due = jdbc.queryForObject("SELECT review_due FROM sanction WHERE id = ?", LocalDate.class, sanction.id());
        assertThat(due).isEqualTo(clock.today().plusYears(5));
        assertThat(appeals.openDueIsolationReviews(due.minusDays(1))).isZero();
        assertThat(appeals.openDueIsolationReviews(due)).isEqualTo(1);
        assertThat(appeals.openDueIsolationReviews(due)).isZero();
        AppealView review = currentUser.runAs("admin", () -> appeals.ofSanction(sanction.id())).get(1);
        assertThat(review.kind()).isEqualTo(AppealView.ISOLATION_REVIEW);
        assertThat(process(review)).hasPassed("Task_CheckFiling").isWaitingAt("Task_DrawPanel");
        assertThat(beacon.enterPublicValues(review.caseNumber())).isEqualTo(1);
        assertThat(process(review)).isWaitingAt("Task_ExpertAdvice");
    }

    @Test
    void thePanelAndTheExpertExcludeTheAppellantTheirHouseholdAndWhoeverImposedTheSanction() {
        long appellant = nextAppellant();
        SanctionView sanction = simulated.impose(appellant, 1, CUT, false, clock.today());
        AppealView appeal = simulated.file(sanction.id(), "Household test.");
        AppealPanelView panel = simulated.panel(appeal.id());
        CitizenProfile me = registry.byId(appellant).orElseThrow();
        Set<Long> household = new HashSet<>();
        registry.all().stream().filter(c -> c.householdId().equals(me.householdId())).forEach(c -> household.add(c.id()));
        long imposer = registry.byUsername("admin").orElseThrow().id();
        long expert = registry.byUsername(panel.expert()).orElseThrow().id();
        assertThat(ids(panel.members())).doesNotContainAnyElementsOf(household).doesNotContain(imposer, expert);
    }

    private void assertSignedAndPublished(AppealView decided) {
        assertThat(decided.documentId()).startsWith("AP-" + decided.id() + "-");
        byte[] pdf = register.minutesPdf(decided.caseNumber()).orElseThrow();
        assertThat(verifier.verify(pdf).valid()).isTrue();
        assertThat(register.entry(decided.caseNumber()).orElseThrow().documentId()).isEqualTo(decided.documentId());
    }

    private List<String> notices(AppealView appeal) {
        return currentUser.runAs(username(appeal.appellantId()), () -> appeals.myNotices(Locale.ENGLISH)).stream()
                .filter(n -> n.appealId() == appeal.id()).map(AppealNotice::text).toList();
    }

    private static ProcessInstance process(AppealView appeal) {
        return new ProcessReference(appeal.processInstanceId());
    }

    private String sanctionStatus(long sanctionId) {
        return jdbc.queryForObject("SELECT status FROM sanction WHERE id = ?", String.class, sanctionId);
    }

    private String measure(long sanctionId) {
        return jdbc.queryForObject("SELECT current_measure FROM sanction WHERE id = ?", String.class, sanctionId);
    }

    private String username(long citizenId) {
        return registry.byId(citizenId).orElseThrow().username();
    }

    private static Set<Long> ids(List<MemberView> members) {
        Set<Long> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.citizenId()));
        return ids;
    }

    /** An ordinary citizen (not staff) not yet used as an appellant in this run. */
    private static long nextAppellant() {
        return APPELLANTS.addAndGet(37);
    }
}

package org.rbe.governance.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.ethics.EthicsCouncil;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.scenarios.ScenarioGenerator;
import org.rbe.governance.scenarios.ScenarioView;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.workflow.InvalidFormException;
import org.rbe.governance.workflow.TaskInbox;
import org.rbe.governance.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bad input and out-of-turn actions get a clear refusal, and nothing is stored or advanced. */
class CycleGuardsTest extends CycleTestSupport {
    @Autowired
    TaskInbox inbox;
    @Autowired
    EthicsCouncil ethics;
    @Autowired
    ScenarioGenerator scenarios;
    @Autowired
    Sortition sortition;
    @Autowired
    BallotBox ballots;
    @Autowired
    JdbcTemplate jdbc;

    private List<TaskItem> reviewTasks(long caseId) {
        return inbox.openTasksOfCase(caseId).stream().filter(t -> t.definitionKey().equals("Task_ExpertReview")).toList();
    }

    @Test
    void aTaskCompletedBySomeoneNotEntitledIsRefusedAndNothingAdvances() {
        DecisionCaseView c = openCase("Not entitled");
        TaskItem task = reviewTasks(c.id()).get(0);
        String outsider = List.of("tech01", "tech02", "tech03", "tech04").stream()
                .filter(u -> reviewTasks(c.id()).stream().noneMatch(t -> u.equals(t.assignee()))).findFirst().orElseThrow();
        assertThatThrownBy(() -> currentUser.runAs(outsider, () -> {
            inbox.complete(task.id(), Map.of("reviewDecision", "APPROVE"));
            return null;
        })).isInstanceOf(AccessDeniedException.class).hasMessageContaining("not yours");
        assertThatThrownBy(() -> currentUser.runAs("citizen00500", () -> inbox.task(task.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reviewTasks(c.id())).hasSize(3);
    }

    @Test
    void aFormWithRequiredFieldsMissingIsRefusedFieldByField() {
        DecisionCaseView c = openCase("Missing fields");
        TaskItem task = reviewTasks(c.id()).get(0);
        assertThatThrownBy(() -> currentUser.runAs(task.assignee(), () -> {
            inbox.complete(task.id(), Map.of("reviewNotes", ""));
            return null;
        })).isInstanceOfSatisfying(InvalidFormException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("reviewDecision", "error.form.required"));
        assertThatThrownBy(() -> currentUser.runAs(task.assignee(), () -> {
            inbox.complete(task.id(), Map.of("reviewDecision", "RETURN", "reviewNotes", " "));
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.review.notesRequired"));
        assertThatThrownBy(() -> currentUser.runAs(task.assignee(), () -> {
            inbox.complete(task.id(), Map.of("reviewDecision", "MAYBE"));
            return null;
        })).isInstanceOf(InvalidFormException.class);
        assertThat(reviewTasks(c.id())).hasSize(3).extracting(TaskItem::id).contains(task.id());
    }

    @Test
    void aVetoWithoutAReasonOrOutsideTheEthicsCheckIsRefused() {
        DecisionCaseView c = openCase("Veto guards");
        ScenarioView first = scenarios.scenarios(c.id(), 1).get(0);
        assertThatThrownBy(() -> currentUser.runAs("ethics1", () -> ethics.veto(c.id(), first.id(), "Too early")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("error.ethics.notOpen"));
        people.reviewRound(c.id(), "APPROVE", null);
        assertThatThrownBy(() -> currentUser.runAs("ethics1", () -> ethics.veto(c.id(), first.id(), "   ")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.ethics.reasonRequired"));
        assertThatThrownBy(() -> currentUser.runAs("clerk1", () -> ethics.veto(c.id(), first.id(), "Not my role")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ethics.vetoes(c.id())).isEmpty();
    }

    @Test
    void peopleWithAnotherRoleInTheCaseAreNeverDrawnForItsJury() {
        DecisionCaseView c = openCase("Conflicts of interest");
        people.reviewRound(c.id(), "APPROVE", null);
        ScenarioView first = scenarios.scenarios(c.id(), 1).get(0);
        people.veto(c.id(), first.id(), "Burden falls on one region.");
        people.closeEthicsCheck(c.id(), "One vetoed.");
        PanelView panel = sortition.currentPanel(c.id()).orElseThrow();
        java.util.Set<String> involved = new java.util.HashSet<>(ethics.vetoersOf(c.id()));
        involved.addAll(inboxReviewers(c.id()));
        involved.add("analyst");
        assertThat(involved).hasSizeGreaterThanOrEqualTo(5);
        assertThat(panel.members()).extracting(MemberView::username).doesNotContainAnyElementsOf(involved);
        List<String> excluded = jdbc.queryForList("SELECT c.username FROM jury_panel_exclusion e JOIN citizen c"
                + " ON c.id = e.citizen_id WHERE e.panel_id = ?", String.class, panel.id());
        assertThat(excluded).containsAll(involved);
    }

    private java.util.Set<String> inboxReviewers(long caseId) {
        return new java.util.HashSet<>(jdbc.queryForList("SELECT reviewer FROM review_assignment WHERE case_id = ?",
                String.class, caseId));
    }

    @Test
    void aSecondBallotAVoteAfterCloseAndEarlyResultsAreRefused() {
        DecisionCaseView c = openCase("Ballot guards");
        people.reviewRound(c.id(), "APPROVE", null);
        people.closeEthicsCheck(c.id(), "Nothing to veto.");
        PanelView panel = sortition.currentPanel(c.id()).orElseThrow();
        long voteId = ballots.currentVote(c.id()).orElseThrow();
        List<MemberView> members = panel.members();
        String juror = members.get(0).username();
        String laggard = members.get(1).username();
        String option = people.options(c.id()).get(0);
        currentUser.runAs(juror, () -> sortition.accept(panel.id()));
        currentUser.runAs(laggard, () -> sortition.accept(panel.id()));
        assertThat(currentUser.runAs(juror, () -> ballots.cast(voteId, option)).receipt()).hasSize(64);
        assertThatThrownBy(() -> currentUser.runAs(juror, () -> ballots.cast(voteId, option)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("voting.error.alreadyVoted"));
        assertThatThrownBy(() -> currentUser.runAs("admin", () -> ballots.result(voteId)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("voting.error.resultHidden"));
        jdbc.update("UPDATE vote_round SET deadline = ? WHERE id = ?", Timestamp.from(clock.instant().minusSeconds(1)), voteId);
        assertThatThrownBy(() -> currentUser.runAs(laggard, () -> ballots.cast(voteId, option)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("voting.error.closed"));
        assertThat(ballots.turnout(voteId).voted()).isEqualTo(1);
    }
}

package org.rbe.governance.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rbe.governance.appeals.AppealView;
import org.rbe.governance.appeals.SanctionView;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.conflicts.DecisionRoles;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.notifications.MailOutbox;
import org.rbe.governance.notifications.NotificationView;
import org.rbe.governance.notifications.Notifications;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.simulation.SimulatedAppeals;
import org.rbe.governance.testing.ProcessReference;
import org.rbe.governance.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The timers every user task carries: the reminder reaches whoever holds the task in the app and by e-mail, and at
 * the deadline the task passes to another eligible person drawn with a seed from the case, the task and the
 * escalation count, ledgered and told; the deadline then applies again. (Same mail settings as
 * {@code NotificationMailTest}, so both share one Spring context.)
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3925",
    "governance.notifications.mail-every=1h", "governance.notifications.mail-at-once=false"})
class TaskDeadlinesProcessTest extends CycleTestSupport {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    private static final String REVIEW = "Task_ExpertReview";
    @Autowired
    MailOutbox outbox;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditLedger ledger;
    @Autowired
    Roster roster;
    @Autowired
    CaseRoles caseRoles;
    @Autowired
    ExpertReview review;
    @Autowired
    TaskInbox inbox;
    @Autowired
    SimulatedAppeals appeals;

    @Test
    void theReminderReachesEachReviewerInTheAppAndByMailInTheirLanguage() throws Exception {
        DecisionCaseView c = openCase("Reminder");
        ProcessInstance process = processOf(c);
        outbox.send();
        smtp.reset();
        List<Task> reviews = open(process, REVIEW);
        fire(process, "Event_ExpertReviewReminder");
        assertThat(process).hasPassed("Task_RemindExpertReview").isWaitingAt(REVIEW);
        assertThat(open(process, REVIEW)).extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(reviews.stream().map(Task::getAssignee).toList());
        for (Task task : reviews) {
            assertThat(mine(task.getAssignee())).anySatisfy(n -> {
                assertThat(n.text()).startsWith("Case #" + c.id() + ": the task \"Expert review: approve, annotate or"
                        + " return\" is waiting for you. Please complete it by ");
                assertThat(n.link()).isEqualTo("task/" + task.getId());
            });
        }
        assertThat(outbox.send()).isEqualTo(3);
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> address(m).equals(reviews.get(0).getAssignee() + "@citizens.demo.invalid")).findFirst().orElseThrow();
        assertThat(mail.getContent().toString()).startsWith("Дело #" + c.id() + ": вас ждёт задача «Экспертиза: одобрить,"
                + " дополнить или вернуть»").contains("/task/" + reviews.get(0).getId());
        assertThat(entries(c.id(), "TASK_REMINDED")).as("one entry per open task").hasSize(3);
    }

    @Test
    void atTheDeadlineEachOpenReviewPassesToAnotherTechnocratDrawnWithTheCasesSeed() {
        DecisionCaseView c = openCase("Review deadline");
        ProcessInstance process = processOf(c);
        List<Task> reviews = open(process, REVIEW);
        Task done = reviews.get(0);
        currentUser.runAs(done.getAssignee(), () -> {
            inbox.complete(done.getId(), Map.of("reviewDecision", "APPROVE", "reviewNotes", ""));
            return null;
        });
        List<Task> lateTasks = open(process, REVIEW);
        List<String> late = lateTasks.stream().map(Task::getAssignee).toList();
        List<String> drawn = reviews.stream().map(Task::getAssignee).toList();
        List<String> expected = successors(c.id(), REVIEW, 1, drawn, 2, DecisionRoles.REVIEWER, Role.TECHNOCRAT);

        fire(process, "Event_ExpertReviewDeadline");

        assertThat(process).hasPassed("Task_ReassignExpertReview").isWaitingAt(REVIEW);
        for (int i = 0; i < lateTasks.size(); i++) {
            String to = engine.getTaskService().createTaskQuery().taskId(lateTasks.get(i).getId()).singleResult().getAssignee();
            assertThat(to).as("the late tasks in their holders' order take the seed's first eligible").isEqualTo(expected.get(i));
            assertThat(mine(to)).anySatisfy(n -> assertThat(n.text()).contains("passed its deadline and was given to you"));
            assertThat(mine(late.get(i))).anySatisfy(n -> assertThat(n.text()).contains("was given to someone else"));
            assertThat(caseRoles.roleOf(c.id(), citizen(to))).contains(DecisionRoles.REVIEWER);
        }
        assertThat(expected).doesNotContainAnyElementsOf(drawn).doesNotHaveDuplicates();
        List<LedgerEntry> reassigned = entries(c.id(), "TASK_REASSIGNED");
        assertThat(reassigned).hasSize(2).allSatisfy(e -> assertThat(e.payload())
                .contains("\"escalation\":1", "\"seed\":" + EscalationDraw.seed(c.id(), REVIEW, 1), "\"task\":\"" + REVIEW));
        assertThat(review.reviewersOf(c.id())).containsAll(expected).doesNotContainAnyElementsOf(late);
        // the deadline applies again to the new reviewers
        Job again = timer(process, "Event_ExpertReviewDeadline");
        assertThat(Duration.between(clock.instant(), again.getDuedate().toInstant())).isBetween(Duration.ofDays(5).minusMinutes(5),
                Duration.ofDays(5).plusMinutes(5));
        // the new reviewers review, and the case moves on
        assertThat(people.reviewRound(c.id(), "APPROVE", null)).isEqualTo(2);
        assertThat(process).hasPassed("Task_ConcludeReview").isWaitingAt("Task_EthicsCheck");
    }

    @Test
    void aGroupTaskPassesToAMemberAtItsDeadlineAndToAnotherAtTheNext() {
        DecisionCaseView c = openCase("Ethics deadline");
        ProcessInstance process = processOf(c);
        people.reviewRound(c.id(), "APPROVE", null);
        assertThat(process).isWaitingAt("Task_EthicsCheck");
        fire(process, "Event_EthicsCheckDeadline");
        String first = open(process, "Task_EthicsCheck").get(0).getAssignee();
        assertThat(first).isEqualTo(successors(c.id(), "Task_EthicsCheck", 1, List.of(), 1, DecisionRoles.ETHICS, Role.ETHICS).get(0));
        fire(process, "Event_EthicsCheckDeadline");
        String second = open(process, "Task_EthicsCheck").get(0).getAssignee();
        assertThat(second).isNotEqualTo(first).isEqualTo(successors(c.id(), "Task_EthicsCheck", 2,
                List.of(first), 1, DecisionRoles.ETHICS, Role.ETHICS).get(0));
        assertThat(entries(c.id(), "TASK_REASSIGNED")).hasSize(2);
        assertThat(mine(first)).anySatisfy(n -> assertThat(n.text()).contains("was given to someone else"));
        people.closeEthicsCheck(c.id(), "Nothing to veto.");
        // completed by the one who holds it now
        assertThat(process).hasPassed("Task_ConcludeEthics").isWaitingAt("Gateway_WaitForVotes");
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(process.getId())
                .taskDefinitionKey("Task_EthicsCheck").singleResult().getAssignee()).isEqualTo(second);
    }

    @Test
    void anExpertsAdviceThatPassesItsDeadlineGoesToAnotherTechnocratWhoAdvises() {
        SanctionView sanction = appeals.impose(9_511, 1, "Access to water cut by 50% for 30 days", false, clock.today());
        AppealView appeal = appeals.file(sanction.id(), "I was away that week.");
        ProcessInstance process = new ProcessReference(appeal.processInstanceId());
        String expert = appeals.panel(appeal.id()).expert();
        fire(process, "Event_ExpertAdviceDeadline");
        String successor = open(process, "Task_ExpertAdvice").get(0).getAssignee();
        assertThat(successor).isNotEqualTo(expert).startsWith("tech");
        assertThat(appeals.panel(appeal.id()).expert()).isEqualTo(successor);
        appeals.advise(appeal.id(), "UPHOLD", "The overuse is measured.", null);
        assertThat(process).hasPassed("Task_ExpertAdvice").isWaitingAt("Event_HearingDate");
    }

    /** Who the reassignment must choose: the role's roster in the seed's order, the first {@code count} eligible. */
    private List<String> successors(long caseNumber, String taskKey, int escalation, List<String> excluded, int count,
                                    String caseRole, Role role) {
        List<Actor> members = roster.members(role);
        Set<Long> conflicted = caseRoles.involvedOtherThan(caseNumber, caseRole);
        Set<String> eligible = members.stream().filter(a -> !excluded.contains(a.username()))
                .filter(a -> a.citizenId() == null || !conflicted.contains(a.citizenId())).map(Actor::username)
                .collect(Collectors.toSet());
        return EscalationDraw.order(members.stream().map(Actor::username).toList(),
                EscalationDraw.seed(caseNumber, taskKey, escalation)).stream().filter(eligible::contains).limit(count).toList();
    }

    private List<Task> open(ProcessInstance process, String taskKey) {
        List<Task> tasks = new ArrayList<>(engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(taskKey).list());
        tasks.sort(Comparator.comparing((Task t) -> t.getAssignee() == null ? "" : t.getAssignee()));
        return tasks;
    }

    private Job timer(ProcessInstance process, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId()).activityId(activityId)
                .timers().singleResult();
    }

    /** Fires a timer as the job executor would when its time comes. */
    private void fire(ProcessInstance process, String activityId) {
        engine.getManagementService().executeJob(timer(process, activityId).getId());
    }

    private List<NotificationView> mine(String username) {
        return currentUser.runAs(username, () -> notifications.mine(Locale.ENGLISH));
    }

    private List<LedgerEntry> entries(long caseNumber, String type) {
        return ledger.latest(200).stream().filter(e -> e.type().equals(type) && e.subject().equals("case:" + caseNumber))
                .toList();
    }

    private long citizen(String username) {
        return roster.members(Role.TECHNOCRAT).stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow().citizenId();
    }

    private static String address(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

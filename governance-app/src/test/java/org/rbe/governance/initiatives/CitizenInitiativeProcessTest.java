package org.rbe.governance.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.decisions.CaseEvent;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.notifications.NotificationView;
import org.rbe.governance.notifications.Notifications;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.testing.ProcessReference;
import org.rbe.governance.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Both paths of {@code processes/citizen-initiative.bpmn} through the real constitution, roster, workflow, decisions,
 * ledger and notifications modules: enough supporters send an initiative to a technocrat drawn by lot, whose analysis
 * lets a clerk open a decision case that names it; or the clerk declines with a reason.
 */
class CitizenInitiativeProcessTest extends CycleTestSupport {
    static final String TEXT = "Install rainwater tanks on every school roof in the south, so that the gardens are"
            + " watered without drawing on the drinking supply.";
    static final String PROBLEM = "School gardens use drinking water in the dry months.";
    @Autowired
    Initiatives initiatives;
    @Autowired
    TaskInbox inbox;
    @Autowired
    Roster roster;
    @Autowired
    AuditLedger ledger;
    @Autowired
    Notifications notifications;

    @Test
    void enoughSupportersSendItToATechnocratByLotWhoseAnalysisLetsAClerkOpenADecisionCase() {
        CitizenInitiative proposed = propose("citizen06001", "Rainwater tanks for school gardens");
        assertThat(proposed.supporters()).isEqualTo(1);
        assertThat(proposed.threshold()).isEqualTo(50);
        supportBy(6100, 48, proposed.id());
        assertThat(initiatives.get(proposed.id()).supporters()).isEqualTo(49);
        assertThat(initiatives.get(proposed.id()).status()).isEqualTo(CitizenInitiative.COLLECTING);

        CitizenInitiative reached = currentUser.runAs("citizen06200", () -> initiatives.support(proposed.id()));
        assertThat(reached.status()).isEqualTo(CitizenInitiative.ANALYSIS);
        assertThat(reached.supporters()).isEqualTo(50);
        var process = new ProcessReference(reached.processInstanceId());
        assertThat(process).hasPassed("Task_ChooseAnalyst").isWaitingAt("Task_AnalyseInitiative");
        assertThat(engine.getRuntimeService().getVariable(reached.processInstanceId(), "caseId"))
                .isEqualTo(reached.caseNumber());
        assertThat(reached.label()).isEqualTo("IN-" + reached.id());
        Task analysis = task(reached);
        assertThat(analysis.getAssignee()).isEqualTo(reached.analyst());
        assertThat(roster.members(Role.TECHNOCRAT)).extracting(a -> a.username()).contains(reached.analyst());
        assertThat(notices(reached.analyst())).anyMatch(t -> t.contains("chosen by lot to analyse citizens' initiative "
                + reached.label()));

        analyse(reached, "FEASIBLE");
        CitizenInitiative analysed = initiatives.get(proposed.id());
        assertThat(analysed.status()).isEqualTo(CitizenInitiative.AWAITING_CASE);
        assertThat(analysed.assessment()).isEqualTo("FEASIBLE");
        assertThat(analysed.analysis()).startsWith("The southern schools");
        assertThat(process).isWaitingAt("Task_OpenDecisionCase");

        long datasetId = currentUser.runAs("analyst", () -> correlation.importObservations("observations.csv",
                demoData(), "analyst").id());
        currentUser.runAs("clerk1", () -> {
            inbox.complete(task(reached).getId(), Map.of("choice", "OPEN", "topic", "water", "region", "South",
                    "datasetId", "#" + datasetId));
            return null;
        });
        assertThat(process).hasPassed("Task_OpenDecisionCase", "Event_CaseOpened").isEnded();
        CitizenInitiative opened = initiatives.get(proposed.id());
        assertThat(opened.status()).isEqualTo(CitizenInitiative.CASE_OPENED);
        assertThat(opened.clerk()).isEqualTo("clerk1");
        long decisionCase = opened.decisionCase();
        assertThat(cases.get(decisionCase).title()).isEqualTo("Rainwater tanks for school gardens");
        assertThat(cases.get(decisionCase).datasetId()).isEqualTo(datasetId);
        CaseEvent link = cases.timeline(decisionCase).stream()
                .filter(e -> CaseEvent.FROM_INITIATIVE.equals(e.messageKey())).findFirst().orElseThrow();
        assertThat(link.args()).containsExactly(opened.label(), String.valueOf(opened.id()));
        assertThat(link.text(Locale.ENGLISH)).isEqualTo("The case was opened from citizens' initiative " + opened.label()
                + ".");

        assertThat(entries(opened)).containsSubsequence("INITIATIVE_PROPOSED", "INITIATIVE_SUPPORTED",
                "INITIATIVE_THRESHOLD_REACHED", "INITIATIVE_ANALYST_CHOSEN", "INITIATIVE_ANALYSED", "INITIATIVE_CASE_OPENED");
        assertThat(notices("citizen06001")).anyMatch(t -> t.contains("50 supporters"))
                .anyMatch(t -> t.contains("was analysed by " + opened.analyst()))
                .anyMatch(t -> t.contains("Decision case #" + decisionCase + " was opened from your initiative"));
    }

    @Test
    void aClerkDeclinesWithAReasonThatIsPublishedAndNotTheClerkWhoProposedIt() {
        CitizenInitiative proposed = propose("clerk2", "A second bakery in the northern district");
        supportBy(6300, 49, proposed.id());
        CitizenInitiative reached = initiatives.get(proposed.id());
        assertThat(reached.analyst()).isNotEqualTo("clerk2");
        analyse(reached, "NOT_FEASIBLE");
        String taskId = task(reached).getId();

        assertThatThrownBy(() -> currentUser.runAs("clerk2", () -> {
            inbox.complete(taskId, Map.of("choice", "DECLINE", "declineReason", "I would rather not decide this."));
            return null;
        })).isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("initiatives.error.ownInitiative");
        assertThatThrownBy(() -> currentUser.runAs("clerk1", () -> {
            inbox.complete(taskId, Map.of("choice", "DECLINE"));
            return null;
        })).isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("initiatives.error.reasonLength");
        assertThatThrownBy(() -> currentUser.runAs("clerk1", () -> {
            inbox.complete(taskId, Map.of("choice", "OPEN", "topic", "food", "region", "North", "datasetId", "none"));
            return null;
        })).isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("initiatives.error.dataset");
        long datasetId = currentUser.runAs("analyst", () -> correlation.importObservations("observations.csv",
                demoData(), "analyst").id());
        assertThatThrownBy(() -> currentUser.runAs("clerk1", () -> {
            inbox.complete(taskId, Map.of("choice", "OPEN", "region", "North", "datasetId", String.valueOf(datasetId)));
            return null;
        })).isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.case.topicRequired");
        assertThat(initiatives.get(proposed.id()).status()).isEqualTo(CitizenInitiative.AWAITING_CASE);
        assertThat(new ProcessReference(reached.processInstanceId())).isWaitingAt("Task_OpenDecisionCase");

        currentUser.runAs("clerk1", () -> {
            inbox.complete(taskId, Map.of("choice", "DECLINE",
                    "declineReason", "The technocrat found that the flour supply cannot feed a second bakery."));
            return null;
        });
        assertThat(new ProcessReference(reached.processInstanceId())).hasPassed("Event_Declined").isEnded();
        CitizenInitiative declined = initiatives.get(proposed.id());
        assertThat(declined.status()).isEqualTo(CitizenInitiative.DECLINED);
        assertThat(declined.declineReason()).startsWith("The technocrat found");
        assertThat(declined.decisionCase()).isNull();
        assertThat(entries(declined)).containsSubsequence("INITIATIVE_ANALYSED", "INITIATIVE_DECLINED");
        assertThat(notices("clerk2")).anyMatch(t -> t.contains("Clerk clerk1 declined"));
    }

    private CitizenInitiative propose(String proposer, String title) {
        return currentUser.runAs(proposer, () -> initiatives.propose(title, TEXT, PROBLEM));
    }

    private void supportBy(int firstCitizen, int count, long id) {
        for (int i = 0; i < count; i++) {
            String citizen = String.format("citizen%05d", firstCitizen + i);
            currentUser.runAs(citizen, () -> initiatives.support(id));
        }
    }

    private void analyse(CitizenInitiative initiative, String assessment) {
        String analyst = initiatives.get(initiative.id()).analyst();
        currentUser.runAs(analyst, () -> {
            inbox.complete(task(initiative).getId(), Map.of("assessment", assessment, "analysis",
                    "The southern schools have roofs of 400 m² on average; the rainfall data give enough water."));
            return null;
        });
    }

    private Task task(CitizenInitiative initiative) {
        return engine.getTaskService().createTaskQuery().processInstanceId(initiative.processInstanceId()).singleResult();
    }

    private List<String> entries(CitizenInitiative initiative) {
        return ledger.entries(0, 1_000_000).stream().filter(e -> e.subject().equals("case:" + initiative.caseNumber()))
                .map(LedgerEntry::type).toList();
    }

    private List<String> notices(String username) {
        return currentUser.runAs(username, () -> notifications.mine(Locale.ENGLISH)).stream()
                .map(NotificationView::text).toList();
    }
}

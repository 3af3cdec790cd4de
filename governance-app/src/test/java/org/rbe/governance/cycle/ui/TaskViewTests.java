package org.rbe.governance.cycle.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.decisions.Stage;
import org.rbe.governance.ethics.EthicsCouncil;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.scenarios.Allocation;
import org.rbe.governance.scenarios.ScenarioGenerator;
import org.rbe.governance.scenarios.ScenarioView;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.testing.BrowserlessUi;
import org.rbe.governance.testing.FakeCurrentUser;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.workflow.FormDefinition;
import org.rbe.governance.workflow.FormField;
import org.rbe.governance.workflow.InvalidFormException;
import org.rbe.governance.workflow.TaskInbox;
import org.rbe.governance.workflow.TaskItem;

/** The task screen of experts, the ethics council, clerks and analysts: form beside the case. */
class TaskViewTests {
    private static final long CASE = 3;
    private static final ScenarioView WHEAT = new ScenarioView(31, CASE, 1, 1, "Scenario A - local",
            "Scenario A - local\nWheat stocks cover 5,479 of 10,000 people.", "Сценарий A\nЗапасы пшеницы покрывают 5 479.",
            List.of(new Allocation("South", "wheat", "local", 1000, "t")), 0);
    private static final FormDefinition REVIEW_FORM = new FormDefinition("expert-review", List.of(
            new FormField("f1", "radio", "reviewDecision", "Your decision", "Ваше решение", true, null, null,
                    List.of(new FormField.Option("APPROVE", "Approve", "Одобрить"),
                            new FormField.Option("RETURN", "Return", "Вернуть"))),
            new FormField("f2", "textarea", "reviewNotes", "Notes", "Замечания", false, null, 4000, List.of())));

    private final TaskInbox inbox = mock(TaskInbox.class);
    private final DecisionCases cases = mock(DecisionCases.class);
    private final ScenarioGenerator scenarios = mock(ScenarioGenerator.class);
    private final EthicsCouncil ethics = mock(EthicsCouncil.class);
    private final FakeCurrentUser currentUser = new FakeCurrentUser();
    private final CaseScreens screens = new CaseScreens(cases, scenarios, mock(ExpertReview.class), ethics,
            mock(Sortition.class), mock(org.rbe.governance.jury.JurorNames.class), mock(BallotBox.class), currentUser,
            mock(org.rbe.governance.proceedings.Deliberation.class));

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(TaskView.class);
        com.vaadin.flow.router.RouteConfiguration.forApplicationScope().setRoute("", Home.class);
        currentUser.staff("tech05", Role.TECHNOCRAT);
        when(cases.get(CASE)).thenReturn(new DecisionCaseView(CASE, "Wheat supply", "food", "South", 1, "sha",
                Stage.EXPERT_REVIEW, 1, "pi", "analyst", Instant.EPOCH, null, null, null, null, null, null, null));
        when(scenarios.scenarios(CASE, 1)).thenReturn(List.of(WHEAT));
        when(ethics.vetoedScenarioIds(CASE, 1)).thenReturn(Set.of());
        when(inbox.task("t1")).thenReturn(new TaskItem("t1", "Expert review", "Task_ExpertReview", "expert-review", CASE,
                "tech05", null, Instant.EPOCH, "decision-cycle"));
        when(inbox.form("t1")).thenReturn(REVIEW_FORM);
    }

    /**
     * Stands in for the inbox, where a completed task returns; registered by {@link #setUp}, not by {@code @Route},
     * so that a Spring test that starts Vaadin (the benchmarks' page loads) does not find a second route "".
     */
    public static class Home extends com.vaadin.flow.component.html.Div {
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    private TaskView open() {
        TaskView view = new TaskView(inbox, screens);
        BrowserlessUi.show(view);
        view.show("t1");
        return view;
    }

    @Test
    void expertSeesTheFormBesideTheScenarioCardsWithTheirExplanation() {
        open();
        _assertOne(RadioButtonGroup.class);
        assertThat(_get(TextArea.class, spec -> spec.withId("field-reviewNotes")).getLabel()).isEqualTo("Notes");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("scenario-cards")).getElement()
                .getTextRecursively()).contains("Scenario A - local", "5,479 of 10,000");
    }

    @Test
    void submittingWithoutADecisionMarksTheFieldAndKeepsTheTask() {
        doThrow(new InvalidFormException(Map.of("reviewDecision", "error.form.required")))
                .when(inbox).complete(eq("t1"), anyMap());
        open();
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        RadioButtonGroup<?> decision = _get(RadioButtonGroup.class, spec -> spec.withId("field-reviewDecision"));
        assertThat(decision.isInvalid()).isTrue();
        assertThat(decision.getErrorMessage()).isEqualTo("This field is required.");
        _assertOne(Button.class, spec -> spec.withId("complete-task"));
    }

    @Test
    void aCompletedFormGoesToTheServiceWithTheEnteredValues() {
        open();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> decision = _get(RadioButtonGroup.class, spec -> spec.withId("field-reviewDecision"));
        _setValue(decision, "APPROVE");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        verify(inbox).complete(eq("t1"), eq(java.util.Map.of("reviewDecision", "APPROVE", "reviewNotes", "")));
        _assertOne(Home.class);
    }

    @Test
    void aTaskThatIsNotYoursIsRefusedWithAMessage() {
        when(inbox.task("t1")).thenThrow(new UserFacingException("error.task.notYours"));
        TaskView view = new TaskView(inbox, screens);
        BrowserlessUi.show(view);
        assertThat(view.show("t1")).isFalse();
        verify(inbox, never()).form("t1");
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("This task is not yours to complete.");
    }

    @Test
    void aClerkEnteringADrawsPublicValueSeesTheAnnouncedTermsAndTheTimeFirst() {
        org.rbe.governance.draws.AnnouncedDraws draws = mock(org.rbe.governance.draws.AnnouncedDraws.class);
        org.rbe.governance.draws.DrawAnnouncement.Terms terms = new org.rbe.governance.draws.DrawAnnouncement.Terms(CASE,
                "jury", "ab".repeat(32), null, 9995, 500, "two-stage LEXIMIN-types/4", "drand quicknet",
                Instant.parse("2027-01-31T09:00:00Z"), Instant.parse("2027-01-31T09:15:00Z"));
        when(draws.get(7)).thenReturn(new org.rbe.governance.draws.DrawAnnouncement(7, terms, "cd".repeat(32), null, null,
                null, null));
        when(inbox.variable("t1", "drawAnnouncementId")).thenReturn(7L);
        TaskView view = new TaskView(inbox, screens, List.of(), draws);
        BrowserlessUi.show(view);
        view.show("t1");
        String notice = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("draw-announcement"))
                .getElement().getTextRecursively();
        assertThat(notice).contains("Draw no. 7", "drand quicknet", "500", "ab".repeat(32), "9,995", "9:15");
    }
}

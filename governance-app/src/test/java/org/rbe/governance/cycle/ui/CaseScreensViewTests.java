package org.rbe.governance.cycle.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.decisions.Stage;
import org.rbe.governance.ethics.EthicsCouncil;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.scenarios.ScenarioGenerator;
import org.rbe.governance.scenarios.ScenarioView;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.testing.BrowserlessUi;
import org.rbe.governance.testing.FakeCurrentUser;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.Turnout;

/** The ethics council's veto on the case beside its task, the live turnout, and the analysts' case list. */
class CaseScreensViewTests {
    private static final long CASE = 4;
    private static final ScenarioView IMPORT = new ScenarioView(41, CASE, 1, 1, "Scenario C - import",
            "Scenario C - import\nImports 825 t.", "Сценарий C\nИмпорт 825 т.", List.of(), 0);

    private final DecisionCases cases = mock(DecisionCases.class);
    private final ScenarioGenerator scenarios = mock(ScenarioGenerator.class);
    private final EthicsCouncil ethics = mock(EthicsCouncil.class);
    private final BallotBox ballots = mock(BallotBox.class);
    private final FakeCurrentUser currentUser = new FakeCurrentUser();
    private final CaseScreens screens = new CaseScreens(cases, scenarios, mock(ExpertReview.class), ethics,
            mock(Sortition.class), mock(org.rbe.governance.jury.JurorNames.class), ballots, currentUser,
            mock(org.rbe.governance.proceedings.Deliberation.class));

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(CasesView.class);
        when(scenarios.scenarios(CASE, 1)).thenReturn(List.of(IMPORT));
        when(scenarios.scenario(41)).thenReturn(IMPORT);
        when(ethics.vetoedScenarioIds(CASE, 1)).thenReturn(Set.of());
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    private void caseAt(Stage stage) {
        when(cases.get(CASE)).thenReturn(new DecisionCaseView(CASE, "Wheat supply", "food", "South", 1, "sha", stage, 1,
                "pi", "analyst", Instant.EPOCH, null, null, null, null, null, null, null));
    }

    @Test
    void anEthicsMemberVetoesWithAReasonAndABlankReasonIsRefused() {
        caseAt(Stage.ETHICS);
        currentUser.staff("ethics2", Role.ETHICS);
        when(ethics.veto(CASE, 41, " ")).thenThrow(new UserFacingException("error.ethics.reasonRequired"));
        BrowserlessUi.show(new CaseContext(screens, CASE));
        _click(_get(Button.class, spec -> spec.withId("veto-1")));
        _setValue(_get(TextArea.class, spec -> spec.withId("veto-reason")), " ");
        _click(_get(Button.class, spec -> spec.withId("veto-confirm")));
        NotificationsKt.expectNotifications("A veto needs a written reason: it is published with the decision.");
        _assertOne(TextArea.class, spec -> spec.withId("veto-reason"));
        _setValue(_get(TextArea.class, spec -> spec.withId("veto-reason")), "Depends on an unagreed import.");
        _click(_get(Button.class, spec -> spec.withId("veto-confirm")));
        verify(ethics).veto(CASE, 41, "Depends on an unagreed import.");
    }

    @Test
    void nobodyButTheEthicsCouncilDuringTheCheckSeesAVetoButton() {
        caseAt(Stage.ETHICS);
        currentUser.staff("tech01", Role.TECHNOCRAT);
        BrowserlessUi.show(new CaseContext(screens, CASE));
        _assertNone(Button.class, spec -> spec.withId("veto-1"));
    }

    @Test
    void duringTheVoteEveryoneSeesTurnoutButNoResults() {
        caseAt(Stage.VOTE);
        currentUser.admin();
        when(ballots.currentVote(CASE)).thenReturn(Optional.of(9L));
        when(ballots.turnout(9L)).thenReturn(new Turnout(500, 120, 24.0, false, false, Instant.parse("2030-01-01T00:00:00Z")));
        BrowserlessUi.show(new CaseContext(screens, CASE));
        assertThat(_get(Paragraph.class, spec -> spec.withId("turnout")).getText()).contains("120 of 500");
        _assertNone(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("totals"));
        when(ballots.turnout(9L)).thenReturn(new Turnout(500, 321, 64.2, false, false, Instant.parse("2030-01-01T00:00:00Z")));
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        assertThat(ui.getPollInterval()).isEqualTo(LiveTurnout.POLL_MILLIS);
        com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new com.vaadin.flow.component.PollEvent(ui, true));
        assertThat(_get(Paragraph.class, spec -> spec.withId("turnout")).getText()).contains("321 of 500");
        verify(ballots, org.mockito.Mockito.never()).result(anyLong());
    }

    @Test
    void theAdministratorSeesTheJuryAgainstItsQuotasAndMayLetSimulatedJurorsVoteOnlyDuringTheVote() {
        caseAt(Stage.VOTE);
        currentUser.admin();
        Sortition sortition = screens.sortition();
        org.rbe.governance.jury.MemberView juror = new org.rbe.governance.jury.MemberView(77, "citizen00077", "Anna Popov",
                "South", "30-44", "female", "higher", "ACCEPTED", null);
        when(sortition.currentPanel(CASE)).thenReturn(Optional.of(new org.rbe.governance.jury.PanelView(5, CASE, "jury",
                42L, 500, "LEGACY-greedy/1", Instant.EPOCH, List.of(juror))));
        when(sortition.panel(5)).thenReturn(new org.rbe.governance.jury.PanelView(5, CASE, "jury", 42L, 500,
                "LEGACY-greedy/1", Instant.EPOCH, List.of(juror)));
        when(sortition.composition(5)).thenReturn(List.of(new org.rbe.governance.jury.QuotaRow("region", "South", 1463, 73, 74, 74)));
        when(ballots.currentVote(CASE)).thenReturn(Optional.of(9L));
        when(ballots.turnout(9L)).thenReturn(new Turnout(500, 0, 0, false, false, Instant.parse("2030-01-01T00:00:00Z")));
        org.rbe.governance.simulation.SimulatedPeople people = mock(org.rbe.governance.simulation.SimulatedPeople.class);
        org.mockito.Mockito.when(people.enabled()).thenReturn(true);
        org.rbe.governance.workflow.TaskInbox inbox = mock(org.rbe.governance.workflow.TaskInbox.class);
        CaseView view = BrowserlessUi.show(new CaseView(screens, inbox, people));
        assertThat(view.show(CASE)).isTrue();
        _assertOne(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("jury-quotas"));
        // the administrator sees the composition, not who the jurors are
        _assertNone(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("jury-names"));
        _assertNone(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("jury-members"));
        _assertOne(Button.class, spec -> spec.withId("simulate-jury"));
        caseAt(Stage.PUBLICATION);
        view.show(CASE);
        _assertNone(Button.class, spec -> spec.withId("simulate-jury"));
        when(cases.get(999)).thenThrow(new UserFacingException("error.case.unknown", 999));
        assertThat(view.show(999)).isFalse();
    }

    @Test
    void onlyAClerkSeesTheJurorsNamesAndOnlyOnOpeningThemWhichIsLedgered() {
        caseAt(Stage.VOTE);
        currentUser.staff("clerk1", Role.CLERK);
        Sortition sortition = screens.sortition();
        org.rbe.governance.jury.MemberView juror = new org.rbe.governance.jury.MemberView(77, "citizen00077", "Anna Popov",
                "South", "30-44", "female", "higher", "ACCEPTED", null);
        org.rbe.governance.jury.PanelView panel = new org.rbe.governance.jury.PanelView(5, CASE, "jury", 42L, 500,
                "LEGACY-greedy/1", Instant.EPOCH, List.of(juror));
        when(sortition.currentPanel(CASE)).thenReturn(Optional.of(panel));
        when(sortition.composition(5)).thenReturn(List.of(new org.rbe.governance.jury.QuotaRow("region", "South", 1463, 73, 74, 74)));
        when(screens.jurorNames().forClerk(5)).thenReturn(List.of(juror));
        when(ballots.currentVote(CASE)).thenReturn(Optional.of(9L));
        when(ballots.turnout(9L)).thenReturn(new Turnout(500, 0, 0, false, false, Instant.parse("2030-01-01T00:00:00Z")));
        CaseView view = BrowserlessUi.show(new CaseView(screens, mock(org.rbe.governance.workflow.TaskInbox.class),
                mock(org.rbe.governance.simulation.SimulatedPeople.class)));
        assertThat(view.show(CASE)).isTrue();
        _assertNone(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("jury-members"));
        verify(screens.jurorNames(), org.mockito.Mockito.never()).forClerk(anyLong());
        _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("jury-names")).setOpened(true);
        _assertOne(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("jury-members"));
        verify(screens.jurorNames()).forClerk(5);
    }

    @Test
    void onlyAnalystsCanOpenACase() {
        CorrelationCenter correlation = mock(CorrelationCenter.class);
        when(cases.all()).thenReturn(List.of());
        currentUser.staff("clerk1", Role.CLERK);
        BrowserlessUi.show(new CasesView(screens, correlation));
        _assertNone(Button.class, spec -> spec.withId("open-case"));
        currentUser.analyst();
        BrowserlessUi.show(new CasesView(screens, correlation));
        _assertOne(Button.class, spec -> spec.withId("open-case"));
        verify(cases, org.mockito.Mockito.never()).open(anyString(), anyString(), anyString(), anyLong());
    }
}

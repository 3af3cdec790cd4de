package org.rbe.governance.cycle.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.decisions.Stage;
import org.rbe.governance.ethics.EthicsCouncil;
import org.rbe.governance.jury.InvitationView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.scenarios.ScenarioGenerator;
import org.rbe.governance.scenarios.ScenarioView;
import org.rbe.governance.testing.BrowserlessUi;
import org.rbe.governance.testing.FakeCurrentUser;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotReceipt;
import org.rbe.governance.voting.Turnout;
import org.rbe.governance.voting.VoteResult;

class JuryDutyViewTests {
    private static final long CASE = 7;
    private static final long PANEL = 5;
    private static final long VOTE = 11;
    private static final Instant DEADLINE = Instant.parse("2030-01-01T00:00:00Z");
    private static final ScenarioView PIPELINE = scenario(101, 1, "Pipeline first");
    private static final ScenarioView TRUCKS = scenario(102, 2, "Trucks only");

    private final Sortition sortition = mock(Sortition.class);
    private final DecisionCases cases = mock(DecisionCases.class);
    private final ScenarioGenerator scenarios = mock(ScenarioGenerator.class);
    private final EthicsCouncil ethics = mock(EthicsCouncil.class);
    private final BallotBox ballots = mock(BallotBox.class);
    private final FakeCurrentUser currentUser = new FakeCurrentUser();
    private final CaseScreens screens = new CaseScreens(cases, scenarios, mock(ExpertReview.class), ethics, sortition,
            mock(org.rbe.governance.jury.JurorNames.class), ballots, currentUser,
            mock(org.rbe.governance.proceedings.Deliberation.class));

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(JuryDutyView.class);
        currentUser.citizen(100);
        when(cases.get(CASE)).thenReturn(new DecisionCaseView(CASE, "Water for the south", "water", "South", 1, "sha",
                Stage.VOTE, 1, "pi", "analyst", Instant.EPOCH, null, null, null, null, null, null, null));
        when(scenarios.scenarios(CASE, 1)).thenReturn(List.of(PIPELINE, TRUCKS));
        when(scenarios.scenario(101)).thenReturn(PIPELINE);
        when(scenarios.scenario(102)).thenReturn(TRUCKS);
        when(ethics.vetoedScenarioIds(CASE, 1)).thenReturn(Set.of(102L));
        when(ballots.options(VOTE)).thenReturn(List.of("101", BallotBox.REWORK));
        when(ballots.currentVote(CASE)).thenReturn(Optional.of(VOTE));
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    private static ScenarioView scenario(long id, int ordinal, String title) {
        return new ScenarioView(id, CASE, 1, ordinal, title, title + "\nWhy " + title, title + "\nПочему " + title,
                List.of(), 1.0);
    }

    private void invitation(String status) {
        when(sortition.myInvitations()).thenReturn(List.of(new InvitationView(PANEL, CASE, "jury", status, Instant.EPOCH)));
    }

    private void openVote(int voted) {
        when(ballots.turnout(VOTE)).thenReturn(new Turnout(500, voted, voted / 5.0, false, false, DEADLINE));
    }

    @Test
    @SuppressWarnings("unchecked")
    void acceptedJurorSeesScenarioCardsAndCastsABallot() {
        invitation("ACCEPTED");
        openVote(40);
        when(ballots.cast(VOTE, "101")).thenReturn(new BallotReceipt(VOTE, "f00dcafe".repeat(8), Instant.EPOCH));
        BrowserlessUi.show(new JuryDutyView(screens));

        _assertOne(ScenarioCard.class);
        RadioButtonGroup<String> choice = _get(RadioButtonGroup.class, spec -> spec.withId("ballot-choice"));
        assertThat(RadioButtonsKt.getItems(choice)).containsExactly("101", BallotBox.REWORK);
        assertThat(RadioButtonsKt.getItemLabels(choice)).containsExactly("Pipeline first", "Return for rework");

        _setValue(choice, "101");
        when(ballots.hasVoted(VOTE)).thenReturn(true);
        openVote(41);
        _click(_get(Button.class, spec -> spec.withId("cast-ballot")));
        // nothing is cast before the juror confirms the option shown to them
        verify(ballots, never()).cast(VOTE, "101");
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "You vote for: Pipeline first. Your ballot is secret: nobody, the clerks included, can see how you voted."
                        + " You get a receipt to check that it was counted."))).isNotNull();
        _click(_get(Button.class, spec -> spec.withId("cast-confirm")));

        verify(ballots).cast(VOTE, "101");
        assertThat(_get(Span.class, spec -> spec.withId("receipt")).getText()).isEqualTo("f00dcafe".repeat(8));
        assertThat(_get(Paragraph.class, spec -> spec.withId("you-have-voted")).getText()).startsWith("You have voted.");
        _assertNone(RadioButtonGroup.class);
    }

    @Test
    void resultsAreNotShownBeforeClose() {
        invitation("ACCEPTED");
        openVote(120);
        when(ballots.hasVoted(VOTE)).thenReturn(true);
        BrowserlessUi.show(new JuryDutyView(screens));

        assertThat(_get(Paragraph.class, spec -> spec.withId("turnout")).getText())
                .isEqualTo("Turnout: 120 of 500 jurors have voted (24.0%).");
        _assertOne(Paragraph.class, spec -> spec.withId("you-have-voted"));
        _assertNone(Grid.class, spec -> spec.withId("totals"));
        verify(ballots, never()).result(anyLong());
    }

    @Test
    void closedVoteShowsTheTotals() {
        invitation("ACCEPTED");
        when(ballots.turnout(VOTE)).thenReturn(new Turnout(500, 300, 60.0, false, true, DEADLINE));
        Map<String, Integer> totals = new LinkedHashMap<>();
        totals.put("101", 200);
        totals.put(BallotBox.REWORK, 100);
        when(ballots.result(VOTE)).thenReturn(new VoteResult(VOTE, 500, 300, true, totals, VoteResult.APPROVED, "101",
                "Plurality", "Большинство"));
        BrowserlessUi.show(new JuryDutyView(screens));

        assertThat(_get(Paragraph.class, spec -> spec.withId("vote-outcome")).getText()).endsWith("Approved");
        _assertOne(Grid.class, spec -> spec.withId("totals"));
    }

    @Test
    void declineAsksForConfirmationFirst() {
        invitation("INVITED");
        BrowserlessUi.show(new JuryDutyView(screens));

        _click(_get(Button.class, spec -> spec.withId("decline-" + PANEL)));
        MockVaadin.clientRoundtrip();
        verify(sortition, never()).decline(PANEL);
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().contains("a replacement will be drawn"));

        invitation("DECLINED");
        _click(_get(Button.class, spec -> spec.withId("decline-confirm")));

        verify(sortition).decline(PANEL);
        assertThat(_get(Span.class, spec -> spec.withId("status-" + PANEL)).getText()).isEqualTo("Declined");
    }
}

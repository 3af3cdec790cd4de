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
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.rbe.governance.ethics.VetoView;
import org.rbe.governance.jury.InvitationView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.review.ReviewView;
import org.rbe.governance.scenarios.Allocation;
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
    private static final ScenarioView PIPELINE = scenario(101, 1, "Pipeline first", List.of(
            new Allocation("North", "wheat", Allocation.LOCAL, 1000, "t"),
            new Allocation("North", "wheat", Allocation.RESERVE, 250, "t"),
            new Allocation("South", "wheat", Allocation.LOCAL, 550, "t"),
            new Allocation("South", "wheat", Allocation.TRANSFER_IN_FROM + "North", 450, "t")));
    private static final ScenarioView TRUCKS = scenario(102, 2, "Trucks only", List.of(
            new Allocation("North", "wheat", Allocation.LOCAL, 1000, "t"),
            new Allocation("South", "wheat", Allocation.LOCAL, 800, "t"),
            new Allocation("South", "wheat", Allocation.IMPORT, 200, "t"),
            new Allocation("South", "wheat", Allocation.RESERVE, 40, "t")));
    private static final String VETO_REASON = "Trucks only leaves the North with no reserve for a poor harvest.";

    private final Sortition sortition = mock(Sortition.class);
    private final DecisionCases cases = mock(DecisionCases.class);
    private final ScenarioGenerator scenarios = mock(ScenarioGenerator.class);
    private final EthicsCouncil ethics = mock(EthicsCouncil.class);
    private final BallotBox ballots = mock(BallotBox.class);
    private final FakeCurrentUser currentUser = new FakeCurrentUser();
    private final ExpertReview review = mock(ExpertReview.class);
    private final CaseScreens screens = new CaseScreens(cases, scenarios, review, ethics, sortition,
            mock(org.rbe.governance.jury.JurorNames.class), ballots, currentUser,
            mock(org.rbe.governance.proceedings.Deliberation.class));

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(JuryDutyView.class, LearningPage.class);
        currentUser.citizen(100);
        when(cases.get(CASE)).thenReturn(new DecisionCaseView(CASE, "Water for the south", "water", "South", 1, "sha",
                Stage.VOTE, 1, "pi", "analyst", Instant.EPOCH, null, null, null, null, null, null, null));
        when(scenarios.scenarios(CASE, 1)).thenReturn(List.of(PIPELINE, TRUCKS));
        when(scenarios.scenario(101)).thenReturn(PIPELINE);
        when(scenarios.scenario(102)).thenReturn(TRUCKS);
        when(ethics.vetoedScenarioIds(CASE, 1)).thenReturn(Set.of(102L));
        when(ethics.vetoes(CASE)).thenReturn(List.of(new VetoView(CASE, 1, 102, "ethics2", "Elena Orlova", VETO_REASON,
                Instant.EPOCH)));
        when(review.reviews(CASE)).thenReturn(List.of(
                new ReviewView(CASE, 1, "tech01", "Ivan Petrov", 1, "ANNOTATE", "The pipeline needs a pump in the South.",
                        Instant.EPOCH),
                new ReviewView(CASE, 1, "tech02", "Olga Smirnova", 1, null, null, null)));
        when(ballots.options(VOTE)).thenReturn(List.of("101", BallotBox.REWORK));
        when(ballots.currentVote(CASE)).thenReturn(Optional.of(VOTE));
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    private static ScenarioView scenario(long id, int ordinal, String title, List<Allocation> plan) {
        return new ScenarioView(id, CASE, 1, ordinal, title, title + "\nWhy " + title, title + "\nПочему " + title,
                plan, 1_250);
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

        // the vetoed scenario is listed too, but only the one standing is on the ballot
        assertThat(_find(ScenarioCard.class)).hasSize(2);
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
        // the receipt can be copied, downloaded and checked
        _assertOne(Button.class, spec -> spec.withId("receipt-copy"));
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("receipt-download"))
                .getElement().hasAttribute("download")).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("receipt-check")).getHref())
                .isEqualTo("receipts?vote=" + VOTE + "&receipt=" + "f00dcafe".repeat(8));
        assertThat(_get(Paragraph.class, spec -> spec.withId("you-have-voted")).getText()).startsWith("You have voted.");
        _assertNone(RadioButtonGroup.class);
    }

    @Test
    void theStartPageShowsAnInvitationWaitingForAnAnswerAndNothingOnceAnswered() {
        invitation("INVITED");
        List<com.vaadin.flow.component.Component> cards = new PendingInvitations(screens).forCurrentUser();
        assertThat(cards).singleElement().satisfies(card -> {
            BrowserlessUi.show(card);
            assertThat(_get(Paragraph.class, spec -> spec.withText("You have been drawn by lot for the jury of case #"
                    + CASE + ". Please accept or decline."))).isNotNull();
            assertThat(_get(Button.class, spec -> spec.withId("pending-invitation-answer-" + PANEL)).getText())
                    .isEqualTo("Answer the invitation");
        });
        invitation("ACCEPTED");
        assertThat(new PendingInvitations(screens).forCurrentUser()).isEmpty();
    }

    @Test
    void theJurorReadsTheComparisonTheChartTheFiguresTheReviewsAndTheVetoBeforeTheBallot() {
        invitation("ACCEPTED");
        openVote(0);
        BrowserlessUi.show(new JuryDutyView(screens));

        VerticalLayout card = _get(VerticalLayout.class, spec -> spec.withId("invitation-" + PANEL));
        List<String> order = card.getChildren().map(c -> c.getId().orElse("")).toList();
        assertThat(order).containsSubsequence("to-ballot-" + PANEL, "learning-material", "ballot-" + VOTE);

        NativeTable table = _get(NativeTable.class, spec -> spec.withId("comparison-table"));
        assertThat(table.getHead().getRows().get(0).getHeaderCells()).extracting(NativeTableHeaderCell::getText)
                .containsExactly("A", "B ✕");
        assertThat(values(table, "measure-own-South")).containsExactly("55%", "80%");
        assertThat(values(table, "measure-own-North")).containsExactly("100%", "100%");
        assertThat(values(table, "measure-transfers")).containsExactly("450", "0");
        assertThat(values(table, "measure-reserve")).containsExactly("250", "40");
        assertThat(values(table, "measure-freight")).containsExactly("450", "200");
        assertThat(values(table, "measure-cost")).containsExactly("1,250", "1,250");
        assertThat(table.getElement().getTextRecursively()).contains("South: food need met from its own stock",
                "the nearest figure to an ecological cost");

        String chart = _get(Svg.class, spec -> spec.withId("cover-chart")).getElement().getProperty("innerHTML");
        assertThat(chart).contains("role=\"img\"", "<title id=\"cover-chart-title\">Food need met from each region's own stock",
                ">North</text>", ">South</text>", ">A</text>", ">B</text>", ">55%</text>", ">80%</text>",
                "South: A 55%, B 80%");

        for (ScenarioCard scenario : _find(ScenarioCard.class)) {
            assertThat(_find(scenario, Div.class, spec -> spec.withClasses("key-figure"))).hasSize(3);
            Details explanation = _get(scenario, Details.class, spec -> spec.withId(scenario.getId().orElseThrow()
                    .replace("scenario-", "explanation-")));
            assertThat(explanation.getSummaryText()).isEqualTo("Full explanation");
            assertThat(explanation.isOpened()).isFalse();
        }
        ScenarioCard pipeline = _get(ScenarioCard.class, spec -> spec.withId("scenario-1"));
        assertThat(_get(pipeline, Paragraph.class, spec -> spec.withId("summary-1")).getText())
                .isEqualTo("Beyond the regions' own stocks the plan relies on transfers between regions.");
        assertThat(_find(pipeline, Div.class, spec -> spec.withClasses("key-figure")))
                .extracting(d -> d.getElement().getTextRecursively())
                .containsExactly("55%lowest share of food from own stock: South", "450 tfood moved between regions",
                        "250 tfood left in reserve");
        _assertNone(pipeline, Span.class, spec -> spec.withId("vetoed-1"));

        ScenarioCard trucks = _get(ScenarioCard.class, spec -> spec.withId("scenario-2"));
        assertThat(_get(trucks, Span.class, spec -> spec.withId("vetoed-2")).getText())
                .isEqualTo("Vetoed by the ethics council: not on the ballot");
        assertThat(_get(trucks, Paragraph.class, spec -> spec.withClasses("veto-reason")).getText())
                .isEqualTo("Reason (Elena Orlova): " + VETO_REASON);

        Div reviews = _get(Div.class, spec -> spec.withId("expert-reviews"));
        assertThat(_find(reviews, Div.class, spec -> spec.withClasses("expert-review"))).singleElement()
                .extracting(d -> d.getElement().getTextRecursively())
                .isEqualTo("Ivan Petrov: approved with notes (round 1)The pipeline needs a pump in the South.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> choice = _get(RadioButtonGroup.class, spec -> spec.withId("ballot-choice"));
        assertThat(RadioButtonsKt.getItems(choice)).containsExactly("101", BallotBox.REWORK);
        _click(_get(Button.class, spec -> spec.withId("to-ballot-" + PANEL)));
    }

    @Test
    void everyCitizenReadsTheSameMaterialWithoutALoginAndAnUnknownCaseHasNone() {
        currentUser.nobody();
        LearningPage page = BrowserlessUi.show(new LearningPage(screens));
        page.show(Optional.of(CASE));

        _assertOne(NativeTable.class, spec -> spec.withId("comparison-table"));
        _assertOne(Svg.class, spec -> spec.withId("cover-chart"));
        assertThat(_find(ScenarioCard.class)).hasSize(2);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("veto-reason")).getText()).endsWith(VETO_REASON);
        _assertNone(RadioButtonGroup.class);

        when(cases.get(999)).thenThrow(new org.rbe.governance.shared.UserFacingException("error.case.unknown", 999));
        page.show(Optional.of(999L));
        _assertOne(Paragraph.class, spec -> spec.withId("learning-not-found"));
        _assertNone(ScenarioCard.class);
    }

    private static List<String> values(NativeTable table, String measure) {
        return table.getBodies().stream().filter(b -> b.getId().orElse("").equals(measure)).findFirst().orElseThrow()
                .getRows().get(1).getDataCells().stream().map(NativeTableCell::getText).toList();
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

package org.rbe.governance.initiatives.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.initiatives.CitizenInitiative;
import org.rbe.governance.initiatives.Initiatives;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.testing.BrowserlessUi;
import org.rbe.governance.testing.FakeCurrentUser;

/**
 * Anyone reads the list and an initiative's page; a logged-in citizen supports it once; its analysis and the case
 * opened from it are shown when done; the proposal form shows the service's refusal under the field it concerns.
 */
class InitiativeViewsTests {
    private static final Instant AT = Instant.parse("2027-01-31T09:00:00Z");
    private final Initiatives initiatives = mock(Initiatives.class);
    private final FakeCurrentUser currentUser = new FakeCurrentUser();

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(InitiativesView.class, InitiativePage.class, NewInitiativeView.class);
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    @Test
    void anyoneReadsTheListWithEachInitiativesStatusAndSupporters() {
        currentUser.nobody();
        when(initiatives.all()).thenReturn(List.of(collecting(49), opened()));
        BrowserlessUi.show(new InitiativesView(initiatives, currentUser));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("initiatives-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid, 0, "supporters")).isEqualTo("49 of 50");
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("collecting supporters");
        assertThat(GridKt._getFormatted(grid, 1, "status")).isEqualTo("decision case opened");
        _assertNone(Anchor.class, spec -> spec.withId("initiative-propose"));
        _assertOne(Paragraph.class, spec -> spec.withText("Log in as a citizen to propose or support an initiative."));
    }

    @Test
    void aCitizenIsOfferedToProposeOne() {
        currentUser.citizen(4242);
        when(initiatives.all()).thenReturn(List.of());
        BrowserlessUi.show(new InitiativesView(initiatives, currentUser));
        assertThat(_get(Anchor.class, spec -> spec.withId("initiative-propose")).getHref()).isEqualTo("initiatives/new");
        _assertOne(Paragraph.class, spec -> spec.withText("No initiative has been proposed yet."));
    }

    @Test
    void withoutALoginThePageShowsTheTextAndNoSupportButton() {
        currentUser.nobody();
        when(initiatives.get(7)).thenReturn(collecting(12));
        InitiativePage page = BrowserlessUi.show(new InitiativePage(initiatives, currentUser));
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getRouteParameters()).thenReturn(new RouteParameters("initiativeId", "7"));
        page.beforeEnter(event);
        assertThat(_get(Paragraph.class, spec -> spec.withId("initiative-supporters")).getText())
                .isEqualTo("Supporters: 12 of the 50 needed");
        assertThat(_get(Paragraph.class, spec -> spec.withId("initiative-proposal")).getText()).startsWith("Plant");
        _assertNone(Button.class);
        _assertOne(Paragraph.class, spec -> spec.withText("Log in to support this initiative."));
    }

    @Test
    void aCitizenSupportsOnceAndThenReadsThatTheySupportIt() {
        currentUser.citizen(4242);
        when(initiatives.get(7)).thenReturn(collecting(12));
        when(initiatives.support(7)).thenReturn(collecting(13));
        when(initiatives.supportedByMe(7)).thenReturn(false, true);
        BrowserlessUi.show(new InitiativeDetails(initiatives, currentUser, 7, true));
        _assertNone(Button.class, spec -> spec.withId("initiative-withdraw"));
        _click(_get(Button.class, spec -> spec.withId("initiative-support")));
        verify(initiatives).support(7);
        assertThat(_get(Paragraph.class, spec -> spec.withId("initiative-supporters")).getText())
                .isEqualTo("Supporters: 13 of the 50 needed");
        _assertOne(Paragraph.class, spec -> spec.withId("initiative-you-support"));
        _assertNone(Button.class, spec -> spec.withId("initiative-support"));
    }

    @Test
    void theProposerMayWithdrawWhileItCollects() {
        currentUser.citizen(101);
        when(initiatives.get(7)).thenReturn(collecting(12));
        when(initiatives.supportedByMe(7)).thenReturn(true);
        CitizenInitiative c = collecting(12);
        when(initiatives.withdraw(7)).thenReturn(new CitizenInitiative(7, c.title(), c.proposal(), c.problem(), 101,
                CitizenInitiative.WITHDRAWN, 50, 12, AT, c.expiresAt(), null, null, null, null, null, null, null, null,
                null, AT));
        BrowserlessUi.show(new InitiativeDetails(initiatives, currentUser, 7, true));
        _click(_get(Button.class, spec -> spec.withId("initiative-withdraw")));
        verify(initiatives).withdraw(7);
        assertThat(_get(Paragraph.class, spec -> spec.withId("initiative-status")).getText())
                .isEqualTo("Status: withdrawn by its proposer");
        _assertNone(Button.class);
    }

    @Test
    void theAnalysisAndTheOpenedCaseAreShownOnceDone() {
        currentUser.citizen(4242);
        when(initiatives.get(8)).thenReturn(opened());
        BrowserlessUi.show(new InitiativeDetails(initiatives, currentUser, 8, true));
        assertThat(_get(Paragraph.class, spec -> spec.withId("initiative-analysis")).getText())
                .isEqualTo("The parks have room for 300 trees; the water budget allows it.");
        Anchor link = _get(Anchor.class, spec -> spec.withId("initiative-case"));
        assertThat(link.getHref()).isEqualTo("learning/42");
        assertThat(link.getText()).isEqualTo("Decision case #42 was opened from this initiative");
        _assertNone(Button.class);
    }

    @Test
    void theFormShowsTheRefusalUnderTheFieldItConcerns() {
        currentUser.citizen(4242);
        when(initiatives.propose("Short", "", "")).thenThrow(new UserFacingException("initiatives.error.titleLength",
                10, 200));
        BrowserlessUi.show(new NewInitiativeView(initiatives));
        TextField title = _get(TextField.class, spec -> spec.withId("initiative-title"));
        title.setValue("Short");
        _click(_get(Button.class, spec -> spec.withId("initiative-send")));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("The title must have 10 to 200 characters.");
        assertThat(_get(TextArea.class, spec -> spec.withId("initiative-text")).isInvalid()).isFalse();
        verify(initiatives, never()).support(org.mockito.ArgumentMatchers.anyLong());
    }

    @Test
    void theClerkReadsTheInitiativeAndTheLatestDatasetsBesideTheForm() {
        currentUser.staff("clerk1", org.rbe.governance.security.Role.CLERK);
        when(initiatives.get(8)).thenReturn(opened());
        org.rbe.governance.correlation.CorrelationCenter correlation =
                mock(org.rbe.governance.correlation.CorrelationCenter.class);
        when(correlation.datasets()).thenReturn(List.of(new org.rbe.governance.correlation.DatasetSummary(3,
                "observations.csv", "ab", 120, 4, AT, "analyst")));
        InitiativeTaskContext context = new InitiativeTaskContext(initiatives, correlation, currentUser);
        assertThat(context.handles(Initiatives.PROCESS_KEY)).isTrue();
        BrowserlessUi.show((com.vaadin.flow.component.Component) context.beside(new org.rbe.governance.workflow.TaskItem(
                "t1", "Clerk opens a decision case", InitiativeTaskContext.OPEN_CASE_TASK, "open-initiative-case",
                8_000_000_008L, null, "clerk", AT, Initiatives.PROCESS_KEY), java.util.Locale.ENGLISH));
        _assertOne(Paragraph.class, spec -> spec.withId("initiative-analysis"));
        _assertOne(com.vaadin.flow.component.html.ListItem.class,
                spec -> spec.withText("No. 3: observations.csv (120 rows)"));
    }

    @Test
    void theProposalFormIsNotMistakenForAnInitiativesNumber() {
        assertThat(RouteConfiguration.forApplicationScope().getRoute("initiatives/new")).contains(NewInitiativeView.class);
        assertThat(RouteConfiguration.forApplicationScope().getRoute("initiatives/7")).contains(InitiativePage.class);
    }

    private static CitizenInitiative collecting(int supporters) {
        return new CitizenInitiative(7, "Plant trees in the parks", "Plant trees in every park of the city, three hundred"
                + " in all, watered from the canal.", "The parks are too hot in summer.", 101,
                CitizenInitiative.COLLECTING, 50, supporters, AT, AT.plusSeconds(90L * 86_400), null, null, null, null,
                null, null, null, null, null, null);
    }

    private static CitizenInitiative opened() {
        return new CitizenInitiative(8, "Shade for the market square", "Plant trees in every park of the city, three"
                + " hundred in all, watered from the canal.", "The parks are too hot in summer.", 101,
                CitizenInitiative.CASE_OPENED, 50, 50, AT, AT.plusSeconds(90L * 86_400), AT, "p8", "tech07", "FEASIBLE",
                "The parks have room for 300 trees; the water budget allows it.", AT, "clerk1", 42L, null, AT);
    }
}

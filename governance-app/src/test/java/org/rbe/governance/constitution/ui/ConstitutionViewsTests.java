package org.rbe.governance.constitution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.constitution.AmendmentView;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.constitution.ConstitutionalReviews;
import org.rbe.governance.constitution.InitiativeView;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ParameterVersion;
import org.rbe.governance.constitution.ReviewSchedule;
import org.rbe.governance.constitution.ReviewView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.Role;
import org.rbe.governance.testing.BrowserlessUi;
import org.rbe.governance.testing.FakeCurrentUser;
import org.rbe.governance.voting.BallotBox;

/** The public constitution page and the ethics council's veto on a review, without a browser. */
class ConstitutionViewsTests {
    private final ConstitutionalParameters parameters = mock(ConstitutionalParameters.class);
    private final ReviewSchedule schedule = mock(ReviewSchedule.class);
    private final ConstitutionalReviews reviews = mock(ConstitutionalReviews.class);
    private final FakeCurrentUser currentUser = new FakeCurrentUser();
    private final ConstitutionScreens screens = new ConstitutionScreens(parameters, schedule, reviews,
            mock(Sortition.class), mock(BallotBox.class), currentUser);

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(ConstitutionView.class);
        when(schedule.nextReviewDue()).thenReturn(LocalDate.of(2035, 1, 1));
        when(parameters.versions()).thenReturn(List.of(new ParameterVersion(Parameter.WATER_LITRES_PER_DAY,
                new BigDecimal("50"), LocalDate.of(2025, 1, 1), ParameterVersion.FOUNDING, "Constitution §2.1", Instant.EPOCH)));
        when(reviews.initiatives()).thenReturn(List.of(new InitiativeView(4, "More water", "60 l", "citizen00042",
                InitiativeView.COLLECTING, Instant.EPOCH, null, 12, 100, null)));
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    @Test
    void anyoneReadsTheParametersInForceButOnlyCitizensSupportInitiatives() {
        currentUser.nobody();
        BrowserlessUi.show(new ConstitutionView(screens));
        assertThat(_get(Grid.class, spec -> spec.withId("parameters")).getGenericDataView().getItems().count()).isEqualTo(1);
        _assertOne(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class, spec -> spec.withId("initiative-4"));
        _assertNone(Button.class, spec -> spec.withId("support-4"));
    }

    @Test
    void aCitizenSupportsAnInitiative() {
        currentUser.citizen(500);
        when(reviews.support(4)).thenReturn(null);
        BrowserlessUi.show(new ConstitutionView(screens));
        _click(_get(Button.class, spec -> spec.withId("support-4")));
        verify(reviews).support(4);
    }

    @Test
    void anEthicsMemberVetoesAnAmendmentWithAReason() {
        currentUser.staff("ethics1", Role.ETHICS);
        when(reviews.get(3)).thenReturn(new ReviewView(3, 2_000_000_003L, ReviewView.DUE_DATE, LocalDate.of(2035, 1, 1), null,
                ReviewView.ETHICS, Instant.EPOCH, "system", "pi", null, null, null, null, null));
        when(reviews.amendments(3)).thenReturn(List.of(new AmendmentView(8, 3, 1, Parameter.WATER_LITRES_PER_DAY,
                new BigDecimal("30"), new BigDecimal("50"), LocalDate.of(2040, 1, 1), "Less water", "citizen00100",
                Instant.EPOCH, null, null, null, null, null, null, null, null, null)));
        BrowserlessUi.show(new ReviewDetails(screens, 3));
        _setValue(_get(TextField.class, spec -> spec.withId("veto-reason-8")), "Below human need.");
        _click(_get(Button.class, spec -> spec.withId("veto-8")));
        verify(reviews).veto(3, 8, "Below human need.");
    }
}

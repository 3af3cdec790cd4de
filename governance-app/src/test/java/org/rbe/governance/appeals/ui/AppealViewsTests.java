package org.rbe.governance.appeals.ui;

import org.rbe.governance.testing.MovableClock;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.rbe.governance.appeals.AppealPanelView;
import org.rbe.governance.appeals.AppealView;
import org.rbe.governance.appeals.Appeals;
import org.rbe.governance.appeals.NewSanction;
import org.rbe.governance.appeals.SanctionView;
import org.rbe.governance.appeals.Sanctions;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.testing.BrowserlessUi;
import org.rbe.governance.testing.FakeCurrentUser;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotReceipt;
import org.rbe.governance.voting.Turnout;

/** The administrator's sanction screen, the citizen's appeal form and the panelist's ballot, without a browser. */
class AppealViewsTests {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final SanctionView SANCTION = new SanctionView(3, 100, "Citizen 100", "R-1.1", "Overuse of water", 1,
            "Cut by 50% for 30 days", false, "Meter log", DAY, "admin", DAY.plusDays(30), SanctionView.ACTIVE,
            "Cut by 50% for 30 days", null, Instant.EPOCH);
    private final Sanctions sanctions = mock(Sanctions.class);
    private final Appeals appeals = mock(Appeals.class);
    private final Sortition sortition = mock(Sortition.class);
    private final BallotBox ballots = mock(BallotBox.class);
    private final FakeCurrentUser currentUser = new FakeCurrentUser();
    private final AppealScreens screens = new AppealScreens(sanctions, appeals, sortition, ballots, currentUser);

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(SanctionsAdminView.class, MySanctionsView.class);
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    @Test
    void theAdministratorRecordsASanctionWithEveryDetail() {
        currentUser.admin();
        when(sanctions.all()).thenReturn(List.of());
        SanctionsAdminView view = BrowserlessUi.show(new SanctionsAdminView(screens, new MovableClock()));
        _setValue(_get(IntegerField.class, spec -> spec.withId("sanction-citizen")), 100);
        _setValue(_get(TextField.class, spec -> spec.withId("sanction-rule-code")), "R-1.1");
        _setValue(_get(TextField.class, spec -> spec.withId("sanction-rule-text")), "Overuse of water");
        _setValue(_get(TextField.class, spec -> spec.withId("sanction-measure")), "Cut by 50% for 30 days");
        _setValue(_get(TextArea.class, spec -> spec.withId("sanction-evidence")), "Meter log");
        when(sanctions.impose(any())).thenReturn(SANCTION);
        _click(_get(Button.class, spec -> spec.withId("record-sanction")));
        ArgumentCaptor<NewSanction> recorded = ArgumentCaptor.forClass(NewSanction.class);
        verify(sanctions).impose(recorded.capture());
        assertThat(recorded.getValue().citizenId()).isEqualTo(100);
        assertThat(recorded.getValue().level()).isEqualTo(1);
        assertThat(recorded.getValue().evidence()).isEqualTo("Meter log");
        assertThat(view.measure.getValue()).isEmpty();
    }

    @Test
    void theCitizenSeesTheirSanctionAndFilesAnAppealWithAStatement() {
        currentUser.citizen(100);
        when(sanctions.mine()).thenReturn(List.of(SANCTION));
        when(appeals.ofSanction(3)).thenReturn(List.of());
        when(appeals.myNotices(any())).thenReturn(List.of());
        BrowserlessUi.show(new MySanctionsView(screens));
        _assertOne(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("sanction-3"));
        _click(_get(Button.class, spec -> spec.withId("appeal-3")));
        _setValue(_get(TextArea.class, spec -> spec.withId("appeal-statement")), "The meter was broken.");
        when(appeals.file(eq(3L), any(), any())).thenReturn(appeal(AppealView.HEARING));
        _click(_get(Button.class, spec -> spec.withId("file-appeal")));
        verify(appeals).file(eq(3L), eq("The meter was broken."), eq(List.of()));
    }

    @Test
    void anAcceptedPanelistCastsASecretBallotAndOthersOnlySeeTheTurnout() {
        currentUser.citizen(200);
        AppealPanelView panel = new AppealPanelView(1, 9, 1, 55, 1L, "tech03", 2L, Instant.EPOCH, Instant.EPOCH,
                Instant.parse("2030-01-01T00:00:00Z"), AppealPanelView.SITTING, 77L, 1, "MODIFY", "Lighter", Instant.EPOCH,
                "10 hours of community work", "tech03", null,
                List.of(new MemberView(200, "citizen00200", "Citizen 200", "South", "30-44", "f", "higher", "ACCEPTED", null)));
        when(appeals.get(9)).thenReturn(appeal(AppealView.VOTE));
        when(sanctions.get(3)).thenReturn(SANCTION);
        when(appeals.attachments(9)).thenReturn(List.of());
        when(appeals.messages(9)).thenReturn(List.of());
        when(appeals.currentPanel(9)).thenReturn(Optional.of(panel));
        when(ballots.turnout(77)).thenReturn(new Turnout(12, 3, 25.0, false, false, Instant.parse("2030-01-01T00:00:00Z")));
        when(ballots.options(77)).thenReturn(List.of("UPHOLD", "MODIFY", "LIFT", "REWORK"));
        when(sortition.isAcceptedMember(55, 200)).thenReturn(true);
        when(ballots.cast(77, "MODIFY")).thenReturn(new BallotReceipt(77, "abc123", Instant.EPOCH));
        BrowserlessUi.show(new AppealDetails(screens, 9));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> choice = _get(RadioButtonGroup.class, spec -> spec.withId("appeal-choice"));
        assertThat(choice.getItemLabelGenerator().apply("MODIFY")).isEqualTo("Modify: 10 hours of community work");
        assertThat(choice.getItemLabelGenerator().apply("REWORK")).isEqualTo("Abstain");
        _setValue(choice, "MODIFY");
        _click(_get(Button.class, spec -> spec.withId("appeal-cast")));
        verify(ballots).cast(77, "MODIFY");
        verify(ballots, never()).result(anyLong());
    }

    private static AppealView appeal(String stage) {
        return new AppealView(9, 1_000_000_009L, 3, AppealView.APPEAL, 100, "Citizen 100", "The meter was broken.",
                Instant.EPOCH, stage, true, null, null, null, null, null, "pi");
    }
}

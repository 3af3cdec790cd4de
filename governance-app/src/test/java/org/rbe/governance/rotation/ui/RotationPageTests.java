package org.rbe.governance.rotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.rotation.Office;
import org.rbe.governance.rotation.Rotation;
import org.rbe.governance.rotation.TermView;
import org.rbe.governance.testing.BrowserlessUi;
import org.rbe.governance.testing.FakeCurrentUser;

/** Holders see their own term; only administrators see the rosters and run the rotation. */
class RotationPageTests {
    private final Rotation rotation = mock(Rotation.class);
    private final FakeCurrentUser currentUser = new FakeCurrentUser();

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(RotationPage.class);
        when(rotation.roster(Office.TECHNOCRAT)).thenReturn(List.of(new TermView(1, Office.TECHNOCRAT, "tech01", 13,
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1), TermView.ACTIVE, null, null, null)));
        when(rotation.runToday(anyInt())).thenReturn(new int[] {1, 0});
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    @Test
    void anAdministratorSeesTheRostersAndRunsTheRotation() {
        currentUser.admin();
        BrowserlessUi.show(new RotationPage(rotation, currentUser));
        _assertOne(Grid.class, spec -> spec.withId("roster-technocrat"));
        _click(_get(Button.class, spec -> spec.withId("run-rotation")));
        verify(rotation).runToday(30);
    }

    @Test
    void aCitizenSeesNoRosterAndCannotRunIt() {
        currentUser.citizen(100);
        BrowserlessUi.show(new RotationPage(rotation, currentUser));
        _assertNone(Grid.class);
        _assertNone(Button.class, spec -> spec.withId("run-rotation"));
        verify(rotation, never()).runToday(anyInt());
    }

    @Test
    void aSuccessorDrawnAcceptsTheOfficeFromTheInvitation() {
        currentUser.citizen(100);
        when(rotation.myTerms()).thenReturn(List.of(new TermView(9, Office.ETHICS, "citizen00100", 100,
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1), TermView.INVITED, 3L, 4L, null)));
        BrowserlessUi.show(new RotationPage(rotation, currentUser));
        _click(_get(Button.class, spec -> spec.withId("accept-term-9")));
        verify(rotation).respond(9, true);
    }
}

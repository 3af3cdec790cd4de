package org.rbe.governance.assembly.ui;

import org.rbe.governance.testing.MovableClock;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.assembly.AssemblyView;
import org.rbe.governance.assembly.CivicAssemblies;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.testing.BrowserlessUi;
import org.rbe.governance.testing.FakeCurrentUser;
import org.rbe.governance.voting.BallotBox;

/** Anyone reads the assemblies' results; a member accepts, then votes; only an administrator convenes one. */
class CivicAssemblyPageTests {
    private static final long MEMBER = 120;
    private final CivicAssemblies assemblies = mock(CivicAssemblies.class);
    private final Sortition sortition = mock(Sortition.class);
    private final BallotBox ballots = mock(BallotBox.class);
    private final FakeCurrentUser currentUser = new FakeCurrentUser();

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(CivicAssemblyPage.class);
        when(assemblies.nextDue()).thenReturn(LocalDate.of(2027, 1, 1));
        AssemblyView voting = new AssemblyView(2, 4_000_000_002L, LocalDate.of(2026, 1, 1), AssemblyView.VOTE,
                Instant.now(), "p2", 77L, 5L, 10L, 11L, Instant.now().plusSeconds(3600), null, null, null, null, null,
                null, null, null, null, null);
        AssemblyView closed = new AssemblyView(1, 4_000_000_001L, LocalDate.of(2025, 12, 1), AssemblyView.CLOSED,
                Instant.now(), "p1", 70L, 4L, 8L, 9L, Instant.now(), 3.4, 900, 600, 300, 950, 1000, true, 7L,
                "CA-1-20251215", Instant.now());
        when(assemblies.all()).thenReturn(List.of(voting, closed));
        when(sortition.isActiveMember(77L, MEMBER)).thenReturn(true);
        when(ballots.options(10L)).thenReturn(List.of("1", "2", "3", "4", "5", "REWORK"));
        when(ballots.options(11L)).thenReturn(List.of("OPEN_REVIEW", "NO_REVIEW", "REWORK"));
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    @Test
    void anyoneSeesTheResultsAndTheReviewTheAssemblyOpened() {
        currentUser.nobody();
        BrowserlessUi.show(new CivicAssemblyPage(assemblies, sortition, ballots, currentUser, new MovableClock()));
        assertThat(_get(Paragraph.class, spec -> spec.withText("Average rating 3.40 (900 ratings); review: 600 for,"
                + " 300 against of 950 ballots."))).isNotNull();
        _assertOne(Anchor.class, spec -> spec.withText("Extraordinary review No. 7 opened."));
        _assertNone(Button.class);
    }

    @Test
    void aMemberWhoHasNotAnsweredAcceptsBeforeVoting() {
        currentUser.citizen(MEMBER);
        BrowserlessUi.show(new CivicAssemblyPage(assemblies, sortition, ballots, currentUser, new MovableClock()));
        _assertNone(RadioButtonGroup.class);
        _click(_get(Button.class, spec -> spec.withId("accept-assembly")));
        verify(sortition).accept(77L);
    }

    @Test
    void anAcceptedMemberCastsBothBallots() {
        currentUser.citizen(MEMBER);
        when(sortition.isAcceptedMember(77L, MEMBER)).thenReturn(true);
        BrowserlessUi.show(new CivicAssemblyPage(assemblies, sortition, ballots, currentUser, new MovableClock()));
        _get(RadioButtonGroup.class, spec -> spec.withId("rating")).setValue("4");
        _get(RadioButtonGroup.class, spec -> spec.withId("review-question")).setValue("OPEN_REVIEW");
        _click(_get(Button.class, spec -> spec.withId("cast-assembly-ballots")));
        verify(ballots).cast(10L, "4");
        verify(ballots).cast(11L, "OPEN_REVIEW");
    }

    @Test
    void onlyAnAdministratorConvenesAnAssembly() {
        currentUser.citizen(MEMBER);
        BrowserlessUi.show(new CivicAssemblyPage(assemblies, sortition, ballots, currentUser, new MovableClock()));
        _assertNone(Button.class, spec -> spec.withId("convene-assembly"));
        currentUser.admin();
        when(assemblies.conveneIfDue(any())).thenReturn(Optional.empty());
        BrowserlessUi.show(new CivicAssemblyPage(assemblies, sortition, ballots, currentUser, new MovableClock()));
        _click(_get(Button.class, spec -> spec.withId("convene-assembly")));
        verify(assemblies).conveneIfDue(any());
        verify(ballots, never()).cast(any(Long.class), any());
    }
}

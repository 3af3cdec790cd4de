package org.rbe.governance.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Rosters with term dates, reminders before a term ends, and successors drawn by lot who accept or decline. Each test rolls back. */
@Transactional
class RotationTest extends CycleTestSupport {
    @Autowired
    Rotation rotation;
    @Autowired
    Roster roster;
    @Autowired
    Sortition sortition;
    @Autowired
    ConstitutionalParameters constitution;

    @Test
    void everyOfficeHolderHasAStaggeredTermNoLongerThanTheConstitutionAllows() {
        List<TermView> technocrats = active(Office.TECHNOCRAT);
        assertThat(technocrats).hasSize(20).allSatisfy(t -> {
            assertThat(t.endsOn()).isAfter(clock.today()).isBeforeOrEqualTo(t.startsOn().plusMonths(24));
            assertThat(t.startsOn()).isBeforeOrEqualTo(clock.today());
        });
        assertThat(technocrats.stream().map(TermView::endsOn).distinct().count()).isGreaterThan(15);
        assertThat(active(Office.ETHICS)).hasSize(7).allSatisfy(t ->
                assertThat(t.endsOn()).isBeforeOrEqualTo(t.startsOn().plusMonths(1)));
        assertThat(active(Office.CC_STAFF)).singleElement().satisfies(t ->
                assertThat(t.endsOn()).isEqualTo(t.startsOn().plusMonths(48)));
        assertThat(Office.CC_STAFF.termMonths(constitution.current())).isEqualTo(48);
    }

    @Test
    void holdersAreRemindedOnceBeforeTheirTermEnds() {
        List<ReminderView> reminders = rotation.remind(clock.today(), 30);
        assertThat(reminders).extracting(ReminderView::username).contains("ethics1", "ethics7")
                .allSatisfy(u -> assertThat(u).doesNotStartWith("citizen"));
        assertThat(reminders).allSatisfy(r -> assertThat(r.endsOn()).isBeforeOrEqualTo(clock.today().plusDays(30)));
        assertThat(rotation.remind(clock.today(), 30)).isEmpty();
        assertThat(currentUser.runAs("ethics1", () -> rotation.myReminders())).hasSize(1);
    }

    @Test
    void successorsDrawnByLotAreInvitedAndTakeTheOfficeOverOnlyWhenTheyAccept() {
        Set<String> staffBefore = new HashSet<>();
        for (Role role : List.of(Role.ADMIN, Role.ANALYST, Role.CLERK, Role.ETHICS, Role.TECHNOCRAT)) {
            roster.members(role).forEach(a -> staffBefore.add(a.username()));
        }
        LocalDate day = clock.today().plusDays(40);
        List<RotationView> rotations = rotateAndDraw(day);
        RotationView ethics = rotations.stream().filter(r -> r.office() == Office.ETHICS).findFirst().orElseThrow();
        assertThat(ethics.outgoing()).hasSize(7);
        assertThat(ethics.successors()).hasSize(7).doesNotContainAnyElementsOf(staffBefore);
        PanelView draw = sortition.panel(ethics.juryPanelId());
        assertThat(draw.purpose()).isEqualTo("rotation-ethics");
        assertThat(draw.seed()).isEqualTo(ethics.seed());
        assertThat(draw.members()).extracting(MemberView::status).containsOnly("INVITED");
        // Until the successors accept, the outgoing council stays in office.
        assertThat(roster.members(Role.ETHICS)).extracting(Actor::username).contains("ethics1").hasSize(7);
        assertThat(invited(Office.ETHICS)).hasSize(7);
        assertThat(rotation.roster(Office.ETHICS)).filteredOn(t -> TermView.HANDOVER.equals(t.status())).hasSize(7);

        invited(Office.ETHICS).forEach(t -> currentUser.runAs(t.username(), () -> rotation.respond(t.id(), true)));

        List<String> council = roster.members(Role.ETHICS).stream().map(Actor::username).toList();
        assertThat(council).containsExactlyInAnyOrderElementsOf(ethics.successors());
        assertThat(sortition.panel(ethics.juryPanelId()).members()).extracting(MemberView::status).containsOnly("ACCEPTED");
        assertThat(active(Office.ETHICS)).hasSize(7).allSatisfy(t -> {
            assertThat(t.startsOn()).isEqualTo(clock.today());
            assertThat(t.endsOn()).isEqualTo(clock.today().plusMonths(1));
        });
        RotationView technocrats = rotations.stream().filter(r -> r.office() == Office.TECHNOCRAT).findFirst().orElseThrow();
        assertThat(technocrats.successors()).hasSameSizeAs(technocrats.outgoing()).isNotEmpty();
        assertThat(roster.members(Role.TECHNOCRAT)).hasSize(20);
        // Technocrats in handover are not drawn for again; the new council's month (from today) is over by then.
        assertThat(rotation.rotate(day)).extracting(RotationView::office).containsExactly(Office.ETHICS);
    }

    @Test
    void aSuccessorWhoDeclinesIsReplacedByAnotherDrawWhileTheOutgoingHolderStaysInOffice() {
        RotationView ethics = rotateAndDraw(clock.today().plusDays(40)).stream().filter(r -> r.office() == Office.ETHICS)
                .findFirst().orElseThrow();
        TermView first = invited(Office.ETHICS).get(0);
        String outgoing = rotation.roster(Office.ETHICS).stream().filter(t -> t.id() == first.successorOf())
                .findFirst().orElseThrow().username();

        currentUser.runAs(first.username(), () -> rotation.respond(first.id(), false));

        TermView replacement = invited(Office.ETHICS).stream().filter(t -> first.successorOf().equals(t.successorOf()))
                .findFirst().orElseThrow();
        assertThat(replacement.citizenId()).isNotEqualTo(first.citizenId());
        assertThat(sortition.panel(ethics.juryPanelId()).members()).filteredOn(m -> m.citizenId() == replacement.citizenId())
                .extracting(MemberView::replacedCitizenId).containsExactly(first.citizenId());
        assertThat(roster.members(Role.ETHICS)).extracting(Actor::username).contains(outgoing);
        assertThatThrownBy(() -> currentUser.runAs(first.username(), () -> rotation.respond(first.id(), true)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> currentUser.runAs(first.username(), () -> rotation.respond(replacement.id(), true)))
                .isInstanceOf(AccessDeniedException.class);

        currentUser.runAs(replacement.username(), () -> rotation.respond(replacement.id(), true));

        assertThat(roster.members(Role.ETHICS)).extracting(Actor::username).contains(replacement.username())
                .doesNotContain(outgoing, first.username());
        assertThat(rotation.history().get(0).successors()).contains(replacement.username()).doesNotContain(first.username());
    }

    private List<TermView> invited(Office office) {
        return rotation.roster(office).stream().filter(t -> TermView.INVITED.equals(t.status())).toList();
    }

    private List<TermView> active(Office office) {
        return rotation.roster(office).stream().filter(t -> TermView.ACTIVE.equals(t.status())).toList();
    }

    /**
     * Rotates the offices whose terms ended by {@code day}: each rotation's draw is announced with no successor drawn
     * yet; once a clerk enters its public value the successors are drawn. The rotations as they then stand.
     */
    private List<RotationView> rotateAndDraw(LocalDate day) {
        List<RotationView> announced = rotation.rotate(day);
        assertThat(announced).isNotEmpty().allSatisfy(r -> assertThat(r.successors()).isEmpty());
        announced.forEach(r -> assertThat(beacon.enterPublicValues(CaseNumbers.rotation(r.id()))).isEqualTo(1));
        List<Long> ids = announced.stream().map(RotationView::id).toList();
        return rotation.history().stream().filter(r -> ids.contains(r.id())).toList();
    }
}

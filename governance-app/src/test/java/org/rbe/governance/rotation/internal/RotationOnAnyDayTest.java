package org.rbe.governance.rotation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.rotation.Office;
import org.rbe.governance.rotation.ReminderView;
import org.rbe.governance.rotation.RotationView;
import org.rbe.governance.rotation.TermView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Rosters seeded, reminded and rotated on days where months and years are awkward; each run rolls back. */
@Transactional
class RotationOnAnyDayTest extends CycleTestSupport {
    @Autowired
    OfficeRosters rosters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConstitutionalParameters constitution;

    @ParameterizedTest
    @MethodSource("org.rbe.governance.testing.AwkwardDays#days")
    void termsRemindersAndRotationFollowTheCalendarOnAnyDay(LocalDate day) {
        clock.moveTo(day);
        jdbc.update("DELETE FROM office_reminder");
        jdbc.update("UPDATE office_term SET successor_of = NULL");
        jdbc.update("DELETE FROM office_term");
        rosters.seedIfEmpty(rosters.today());
        assertThat(rosters.today()).isEqualTo(day);

        List<TermView> active = Arrays.stream(Office.values()).flatMap(o -> rosters.roster(o).stream())
                .filter(t -> TermView.ACTIVE.equals(t.status())).toList();
        assertThat(active).hasSize(28).allSatisfy(t -> {
            assertThat(t.startsOn()).isBeforeOrEqualTo(day);
            assertThat(t.endsOn()).isAfter(day)
                    .isEqualTo(t.startsOn().plusMonths(t.office().termMonths(constitution.inForce(t.startsOn()))));
        });

        // Exactly the terms that end within 30 days are reminded, once; six of the seven monthly ethics terms at least.
        List<String> due = active.stream().filter(t -> !t.endsOn().isAfter(day.plusDays(30))).map(TermView::username).toList();
        List<ReminderView> reminders = rosters.remind(day, 30);
        assertThat(reminders).extracting(ReminderView::username).containsExactlyInAnyOrderElementsOf(due);
        assertThat(due).filteredOn(u -> u.startsWith("ethics")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(rosters.remind(day, 30)).isEmpty();

        // Nothing rotates the day before the first term ends; that office rotates on the day.
        LocalDate firstEnd = active.stream().map(TermView::endsOn).min(Comparator.naturalOrder()).orElseThrow();
        assertThat(rosters.rotate(firstEnd.minusDays(1))).isEmpty();
        List<RotationView> rotated = rosters.rotate(firstEnd);
        assertThat(rotated).isNotEmpty().allSatisfy(r -> assertThat(r.rotatedOn()).isEqualTo(firstEnd));
    }
}

package org.rbe.governance.draws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A draw's randomness cannot be chosen by whoever runs the draw: it is announced (ledgered) with its frozen pool
 * before the value exists, the value is taken only from the stated time, once, from a clerk, for the pool announced.
 */
class AnnouncedDrawsTest extends CycleTestSupport {
    private static final String POOL = "0f".repeat(32);
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditLedger ledger;

    @Test
    void theValueIsTakenOnlyFromTheStatedTimeOnceByAClerkForThePoolAnnounced() {
        AnnouncedDraws draws = new AnnouncedDraws(jdbc, clock, currentUser, events, "drand quicknet, the first round"
                + " at or after the stated time", Duration.ofMinutes(15));
        DrawAnnouncement announced = draws.announce(777_001, "jury", POOL, null, 900, 40, "two-stage LEXIMIN-types/4");
        assertThat(announced.terms().revealAt()).isEqualTo(announced.terms().announcedAt().plus(Duration.ofMinutes(15)));
        assertThat(announced.digest()).isEqualTo(AnnouncedSeed.digest(announced.terms()));

        assertThatThrownBy(() -> draws.reveal(announced.id(), POOL, null, "beacon-1")).as("nobody logged in")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currentUser.runAs("analyst", () -> draws.reveal(announced.id(), POOL, null, "beacon-1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currentUser.runAs("clerk1", () -> draws.reveal(announced.id(), POOL, null, "beacon-1")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("counts only from");

        clock.moveTo(announced.terms().revealAt());
        assertThatThrownBy(() -> currentUser.runAs("clerk1", () -> draws.reveal(announced.id(), "1e".repeat(32), null,
                "beacon-1"))).hasMessageContaining("has changed since it was announced");
        long seed = currentUser.runAs("clerk1", () -> draws.reveal(announced.id(), POOL, null, "beacon-1")).seed();
        assertThat(seed).isEqualTo(AnnouncedSeed.seed(announced.digest(), List.of("beacon-1")));
        assertThatThrownBy(() -> currentUser.runAs("clerk1", () -> draws.reveal(announced.id(), POOL, null, "beacon-2")))
                .hasMessageContaining("has already been entered");
        assertThat(draws.bySeed(777_001, seed)).map(DrawAnnouncement::id).contains(announced.id());

        List<LedgerEntry> entries = ledger.entries(0, 1_000_000).stream().filter(e -> e.subject().equals("case:777001"))
                .toList();
        assertThat(entries).extracting(LedgerEntry::type).containsExactly("DRAW_ANNOUNCED", "DRAW_RANDOMNESS_REVEALED");
        assertThat(entries.get(0).payload()).contains(POOL, announced.digest(), "drand quicknet");
        assertThat(entries.get(1).payload()).contains("beacon-1", String.valueOf(seed), "clerk1");
    }
}

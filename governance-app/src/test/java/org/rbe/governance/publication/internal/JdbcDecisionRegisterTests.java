package org.rbe.governance.publication.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.publication.RegisterQuery;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The register's search and filters on the test database (H2, or PostgreSQL with {@code -Ppostgres}). Each test
 * runs in a rolled-back transaction; its entries carry a unique marker so that decisions other tests published
 * do not interfere.
 */
@Tag("database")
@JdbcTest
@ActiveProfiles("test")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(JdbcDecisionRegister.class)
class JdbcDecisionRegisterTests {
    @Autowired
    JdbcDecisionRegister register;
    @Autowired
    JdbcTemplate jdbc;

    private String marker;
    private RegisterEntry wheat;
    private RegisterEntry water;
    private RegisterEntry grain;

    @BeforeEach
    void publishThree() {
        marker = "t" + UUID.randomUUID().toString().substring(0, 8);
        long base = 9_000_000_000L + Math.abs(marker.hashCode() % 1_000_000) * 10L;
        wheat = entry(base + 1, "Пшеница для севера " + marker, "food " + marker, "North " + marker,
                "Импорт и 50% киноа", "2025-03-19T23:30:00Z");
        water = entry(base + 2, "Water for the south " + marker, "water " + marker, "South " + marker, "REWORK",
                "2025-03-01T00:00:00Z");
        grain = entry(base + 3, "Grain reserve " + marker, "food " + marker, "South " + marker, "NO_QUORUM",
                "2025-02-10T12:00:00Z");
        for (RegisterEntry e : List.of(wheat, water, grain)) {
            register.publish(e, new byte[] {'%', 'P', 'D', 'F'});
        }
    }

    private static RegisterEntry entry(long caseId, String title, String topic, String region, String outcome,
                                       String publishedAt) {
        return new RegisterEntry(caseId, "DC-" + caseId, title, topic, region, outcome, "summary", "clerk1",
                Instant.parse(publishedAt), Long.toHexString(caseId) + "0".repeat(64 - Long.toHexString(caseId).length()),
                true);
    }

    private List<RegisterEntry> search(RegisterQuery query) {
        return register.search(query.withText(query.text() == null ? marker : query.text()));
    }

    @Test
    void textSearchIsCaseInsensitiveAndNewestFirst() {
        assertThat(register.search(marker)).containsExactly(wheat, water, grain);
        assertThat(register.search("ПШЕНИЦА ДЛЯ СЕВЕРА " + marker.toUpperCase())).containsExactly(wheat);
        assertThat(register.search(RegisterQuery.text("50%").withTopic("food " + marker))).containsExactly(wheat);
        assertThat(register.search(RegisterQuery.text("5_%").withTopic("food " + marker))).as("LIKE wildcards are literal")
                .isEmpty();
    }

    @Test
    void filtersByDateInclusiveOfBothDays() {
        assertThat(search(RegisterQuery.ALL.withDates(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 19))))
                .containsExactly(wheat, water);
        assertThat(search(RegisterQuery.ALL.withDates(LocalDate.of(2025, 3, 2), null))).containsExactly(wheat);
        assertThat(search(RegisterQuery.ALL.withDates(null, LocalDate.of(2025, 2, 28)))).containsExactly(grain);
        assertThat(search(RegisterQuery.ALL.withDates(LocalDate.of(2025, 3, 19), LocalDate.of(2025, 3, 1))))
                .as("reversed dates are swapped").containsExactly(wheat, water);
    }

    @Test
    void filtersByTopicRegionAndOutcome() {
        assertThat(register.search(RegisterQuery.ALL.withTopic("food " + marker))).containsExactly(wheat, grain);
        assertThat(register.search(RegisterQuery.ALL.withRegion("South " + marker))).containsExactly(water, grain);
        assertThat(search(RegisterQuery.ALL.withOutcome("approved"))).containsExactly(wheat);
        assertThat(search(RegisterQuery.ALL.withOutcome("REWORK"))).containsExactly(water);
        assertThat(search(RegisterQuery.ALL.withOutcome("NO_QUORUM"))).containsExactly(grain);
        assertThat(register.search(RegisterQuery.ALL.withTopic("food " + marker).withRegion("South " + marker)
                .withOutcome("NO_QUORUM").withDates(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 10))))
                .containsExactly(grain);
        assertThat(register.search(RegisterQuery.ALL.withTopic("food"))).as("topic is matched exactly")
                .doesNotContain(wheat, grain);
    }

    @Test
    void facetsLatestAndLookupByFingerprint() {
        assertThat(register.facets().topics()).contains("food " + marker, "water " + marker);
        assertThat(register.facets().regions()).contains("North " + marker, "South " + marker);
        assertThat(register.facets().outcomeKinds()).contains("APPROVED", "REWORK", "NO_QUORUM");
        assertThat(register.latest(1)).hasSize(1);
        assertThat(register.latest(0)).isEmpty();
        assertThat(register.entryByMinutesSha256(water.minutesSha256().toUpperCase())).contains(water);
        assertThat(register.entryByMinutesSha256("not a hash")).isEmpty();
    }

    @Test
    void aCaseIsPublishedOnce() {
        assertThatThrownBy(() -> register.publish(water, new byte[] {1})).isInstanceOf(UserFacingException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM register_entry WHERE case_id = ?", Integer.class,
                water.caseId())).isEqualTo(1);
    }
}

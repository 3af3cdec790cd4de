package org.rbe.governance.correlation.internal;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.rbe.governance.correlation.DatasetSummary;
import org.rbe.governance.correlation.Finding;
import org.rbe.governance.correlation.Observation;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationJdbcStoreTest {

    static JdbcTemplate migratedH2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return new JdbcTemplate(ds);
    }

    @Test
    void roundTripsDatasetsObservationsAndFindingsThroughTheMigration() {
        JdbcCorrelationStore store = new JdbcCorrelationStore(migratedH2("cc-store"));
        List<Observation> obs = List.of(new Observation("a", "North", "2024-01", 1.5, "t", "s"),
                new Observation("b", "North", "2024-01", 2.5, "t", "s"));
        List<Finding> findings = List.of(Finding.of("a", "b", 5, 0.9, 0.2), Finding.of("a", "c", 9, 0.99, 0.0001));

        DatasetSummary first = store.save(new DatasetSummary(0, "one.csv", "ab", 2, 2,
                Instant.parse("2025-01-01T10:00:00Z"), "ann"), obs, findings);
        DatasetSummary second = store.save(new DatasetSummary(0, "two.csv", "cd", 2, 2,
                Instant.parse("2025-02-01T10:00:00Z"), "bob"), obs, List.of());

        assertThat(store.datasets()).containsExactly(second, first);
        assertThat(store.dataset(first.id())).contains(first);
        assertThat(store.observations(first.id())).isEqualTo(obs);
        assertThat(store.findings(first.id())).extracting(Finding::indicatorB).containsExactly("c", "b");
        assertThat(store.findings(first.id()).get(0).significant()).isTrue();
    }
}

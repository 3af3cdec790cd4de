package org.rbe.governance.scenarios.internal;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.rbe.governance.scenarios.Allocation;
import org.rbe.governance.scenarios.ScenarioView;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioJdbcStoreTest {

    @Test
    void replacesARoundAndReadsItBackThroughTheMigration() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:sc-store;DB_CLOSE_DELAY=-1;MODE=LEGACY");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcScenarioStore store = new JdbcScenarioStore(new JdbcTemplate(ds));
        List<Allocation> lines = List.of(new Allocation("South", "wheat", "transfer-in from North", 460, "t"),
                new Allocation("South", "wheat", "substitution", 365, "t"));
        ScenarioView draft = new ScenarioView(0, 3, 1, 1, "Scenario A - x", "Scenario A - x\nen", "Сценарий A — x\nru", lines, 12.5);

        store.replaceRound(3, 1, 1, List.of(draft));
        List<ScenarioView> saved = store.replaceRound(3, 1, 1, List.of(draft));
        store.replaceRound(3, 2, 1, List.of(draft));

        assertThat(store.round(3, 1)).isEqualTo(saved).hasSize(1);
        assertThat(store.byId(saved.get(0).id())).contains(saved.get(0));
        assertThat(saved.get(0).allocations()).isEqualTo(lines);
        assertThat(store.latestRound(3)).hasValue(2);
        assertThat(store.latestRound(4)).isEmpty();
    }
}

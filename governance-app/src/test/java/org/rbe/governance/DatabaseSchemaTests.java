package org.rbe.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rbe.governance.citizens.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The schema and the demo population on the configured database: H2 by default, PostgreSQL with
 * {@code mvn verify -Ppostgres}.
 */
@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class DatabaseSchemaTests {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.(?:sql|java|class)");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;
    @Value("${governance.test.database:H2}")
    String expectedDatabase;

    @Test
    void runsOnTheDatabaseTheBuildAskedFor() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase);
        }
    }

    @Test
    void flywayAppliedEveryMigrationOnTheClasspath() throws IOException {
        Set<String> onClasspath = Arrays.stream(new PathMatchingResourcePatternResolver()
                        .getResources("classpath*:db/migration/V*__*"))
                .map(Resource::getFilename)
                .map(VERSIONED::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1).replace('_', '.'))
                .collect(Collectors.toSet());
        Set<String> applied = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getState() == MigrationState.SUCCESS && m.getVersion() != null)
                .map(m -> m.getVersion().getVersion())
                .collect(Collectors.toSet());

        assertThat(onClasspath).contains("1", "8");
        assertThat(applied).containsAll(onClasspath);
        assertThat(flyway.info().pending()).extracting(MigrationInfo::getScript).isEmpty();
        assertThat(flyway.info().all()).extracting(MigrationInfo::getState)
                .doesNotContain(MigrationState.FAILED, MigrationState.MISSING_FAILED, MigrationState.FUTURE_FAILED);
    }

    @Test
    void demoPopulationHasTenThousandCitizensAndThirtyTwoStaffAccounts() {
        assertThat(count("SELECT COUNT(*) FROM citizen")).isEqualTo(10_000);
        assertThat(count("SELECT COUNT(*) FROM account")).isEqualTo(10_000);
        assertThat(count("SELECT COUNT(*) FROM account WHERE roles <> 'citizen'"))
                .isEqualTo(DemoAccounts.STAFF.size()).isEqualTo(32);
        assertThat(jdbc.queryForList("SELECT a.username FROM account a JOIN citizen c ON c.id = a.citizen_id"
                + " WHERE c.id <= 32 ORDER BY c.id", String.class))
                .containsExactlyElementsOf(DemoAccounts.STAFF.stream().map(DemoAccounts.Staff::username).toList());
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() {
        assertThat(count("SELECT COUNT(*) FROM account WHERE password_hash NOT LIKE '$2%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM account WHERE password_hash = '" + DemoAccounts.PASSWORD + "'")).isZero();
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}

package org.rbe.governance.security.internal;

import org.rbe.governance.draws.AnnouncedSeed;
import java.util.Arrays;
import java.util.List;
import org.rbe.governance.citizens.DemoAccounts;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo (10,000 citizens and staff whose password is "demo", and the button that votes for simulated jurors) is
 * for the embedded H2 default only: with the {@code production} or {@code postgres} profile,
 * {@code governance.demo.enabled=true} stops the start with a message. In production, the start also stops when an
 * account still has a demo login with the demo password, or when the minutes would be signed with the generated
 * development key.
 */
@Component
class ProductionGuard implements InitializingBean {
    static final List<String> REFUSING_DEMO = List.of("production", "postgres");
    private final Environment environment;
    private final JdbcTemplate jdbc;

    ProductionGuard(Environment environment, JdbcTemplate jdbc) {
        this.environment = environment;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> profiles = Arrays.asList(environment.getActiveProfiles());
        boolean demo = environment.getProperty("governance.demo.enabled", Boolean.class, true);
        String refusing = REFUSING_DEMO.stream().filter(profiles::contains).findFirst().orElse(null);
        if (demo && refusing != null) {
            throw new IllegalStateException("governance.demo.enabled=true is refused with the '" + refusing
                    + "' profile: the demo population logs in with the published password \"demo\". Remove the setting"
                    + " (GOVERNANCE_DEMO_ENABLED) or run without that profile.");
        }
        if (profiles.contains("production") && environment.getProperty("governance.minutes.keystore.path", "").isBlank()) {
            throw new IllegalStateException("The production profile needs the register's signing key: set"
                    + " governance.minutes.keystore.path (GOVERNANCE_MINUTES_KEYSTORE_PATH) to a PKCS#12 keystore; minutes"
                    + " signed with the generated development key are not official records.");
        }
        if (profiles.contains("production")
                && environment.getProperty("governance.security.api-basic-for-two-factor-accounts", Boolean.class, false)) {
            throw new IllegalStateException("governance.security.api-basic-for-two-factor-accounts=true is refused in"
                    + " production: HTTP Basic cannot carry a second factor, so staff would reach the API with a password"
                    + " alone. Remove the setting; staff use personal API tokens.");
        }
        if (profiles.contains("production")) {
            requireAnnouncedRandomness();
        }
    }

    /** Draws in production take their randomness from a named public source, entered a while after they are announced. */
    private void requireAnnouncedRandomness() {
        if (environment.getProperty("governance.draws.randomness-source", "").isBlank()) {
            throw new IllegalStateException("The production profile needs the public source of every draw's randomness:"
                    + " set governance.draws.randomness-source (GOVERNANCE_DRAWS_RANDOMNESS_SOURCE), e.g. a public beacon"
                    + " and which of its values counts; every announcement states it.");
        }
        java.time.Duration after = org.springframework.boot.convert.DurationStyle.detectAndParse(
                environment.getProperty("governance.draws.reveal-after", "0s"));
        if (after.compareTo(java.time.Duration.ofMinutes(1)) < 0) {
            throw new IllegalStateException("governance.draws.reveal-after=" + after + " is refused in production: the"
                    + " public value must be one that nobody knew when the draw was announced; allow at least a minute.");
        }
    }

    /** After the database is up: no demo account may still log in with the demo password in production. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void noDemoPasswords() {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("production")) {
            return;
        }
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        for (DemoAccounts.Staff staff : DemoAccounts.STAFF) {
            List<String> hashes = jdbc.queryForList("SELECT password_hash FROM account WHERE username = ?", String.class,
                    staff.username());
            if (!hashes.isEmpty() && bcrypt.matches(DemoAccounts.PASSWORD, hashes.get(0))) {
                throw new IllegalStateException("The account '" + staff.username() + "' still has the demo password:"
                        + " this database holds the demo population, which must not run in production. Start on a new"
                        + " database, or give every demo account a new password first.");
            }
        }
    }
}

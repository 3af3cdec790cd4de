package org.rbe.governance.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.citizens.DemoAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates a login for every demo citizen and staff member on first start (idempotent). */
@Component
class DemoLogins {
    private final JdbcTemplate jdbc;
    private final CitizenRegistry registry;
    private final boolean enabled;

    DemoLogins(JdbcTemplate jdbc, CitizenRegistry registry, @Value("${governance.demo.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void createIfMissing() {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM account", Integer.class);
        if (!enabled || existing != null && existing > 0) {
            return;
        }
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(AccountRealm.BCRYPT_COST);
        // Every demo account has the password "demo": one salted hash for all (32 + 10,000 bcrypt runs at cost 12
        // would take minutes); a login upgrades nothing, as the hash is already at the current cost.
        String demoHash = bcrypt.encode(DemoAccounts.PASSWORD);
        Map<String, CitizenProfile> citizens = registry.all().stream()
                .collect(Collectors.toMap(CitizenProfile::username, Function.identity()));
        List<Object[]> rows = new ArrayList<>();
        for (DemoAccounts.Staff staff : DemoAccounts.STAFF) {
            CitizenProfile c = citizens.remove(staff.username());
            rows.add(new Object[] {staff.username(), demoHash, staff.displayName(),
                c == null ? null : c.id(), "citizen," + staff.role()});
        }
        citizens.values().forEach(c -> rows.add(new Object[] {c.username(), demoHash, c.fullName(), c.id(), "citizen"}));
        jdbc.batchUpdate("INSERT INTO account (username, password_hash, display_name, citizen_id, roles) VALUES (?, ?, ?, ?, ?)",
                rows);
    }
}

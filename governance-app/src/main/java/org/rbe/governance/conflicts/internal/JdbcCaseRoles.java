package org.rbe.governance.conflicts.internal;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.conflicts.ConflictOfInterestException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles in {@code case_role}, unique per case and person. */
@Service
@Transactional
class JdbcCaseRoles implements CaseRoles {
    private final JdbcTemplate jdbc;

    private final Clock clock;
    JdbcCaseRoles(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    public void assign(long caseNumber, String role, long citizenId) {
        assignAll(caseNumber, role, List.of(citizenId));
    }

    @Override
    public void assignAll(long caseNumber, String role, Collection<Long> citizenIds) {
        Map<Long, String> held = holders(caseNumber);
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (Long citizenId : new LinkedHashSet<>(citizenIds)) {
            String current = held.get(citizenId);
            if (current == null) {
                rows.add(new Object[] {caseNumber, citizenId, role, now});
            } else if (!current.equals(role)) {
                throw new ConflictOfInterestException(citizenId, current, role);
            }
        }
        try {
            jdbc.batchUpdate("INSERT INTO case_role (case_number, citizen_id, role_name, assigned_at) VALUES (?, ?, ?, ?)",
                    rows);
        } catch (DuplicateKeyException raced) {
            // Someone took a role in the same case between the check and the insert; the database refused the second.
            throw new ConflictOfInterestException(role);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> roleOf(long caseNumber, long citizenId) {
        return jdbc.queryForList("SELECT role_name FROM case_role WHERE case_number = ? AND citizen_id = ?", String.class,
                caseNumber, citizenId).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> holders(long caseNumber) {
        Map<Long, String> holders = new HashMap<>();
        jdbc.query("SELECT citizen_id, role_name FROM case_role WHERE case_number = ?",
                rs -> {
                    holders.put(rs.getLong(1), rs.getString(2));
                }, caseNumber);
        return holders;
    }
}

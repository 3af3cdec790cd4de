package org.rbe.governance.rotation.internal;

import java.time.Clock;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.rotation.Office;
import org.rbe.governance.rotation.ReminderView;
import org.rbe.governance.rotation.Rotation;
import org.rbe.governance.rotation.RotationView;
import org.rbe.governance.rotation.TermView;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.RoleAssignments;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.GeneratedIds;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rosters in {@code office_term}; a rotation ends the terms that are over, announces the draw of as many successors
 * by lot from the citizens eligible for the office (the jury module's draw, every other citizen excluded; see
 * {@link RotationDraw}) and moves the office's role from each outgoing holder to a successor who accepts.
 */
@Service
@Transactional
class OfficeRosters implements Rotation {
    static final String TERM = "SELECT id, office, username, citizen_id, starts_on, ends_on, status, rotation_id,"
            + " successor_of, reminded_on FROM office_term";
    private static final List<Role> STAFF = List.of(Role.ADMIN, Role.ANALYST, Role.CLERK, Role.ETHICS, Role.TECHNOCRAT);
    private final JdbcTemplate jdbc;
    private final Roster roster;
    private final RoleAssignments assignments;
    private final CitizenRegistry registry;
    private final ConstitutionalParameters constitution;
    private final CurrentUser currentUser;
    private final Successions successions;

    private final Clock clock;
    private final RotationDraw draws;

    OfficeRosters(JdbcTemplate jdbc, Roster roster, RoleAssignments assignments, CitizenRegistry registry,
                  ConstitutionalParameters constitution, CurrentUser currentUser, Successions successions, Clock clock,
                  RotationDraw draws) {
        this.draws = draws;
        this.clock = clock;
        this.jdbc = jdbc;
        this.roster = roster;
        this.assignments = assignments;
        this.registry = registry;
        this.constitution = constitution;
        this.currentUser = currentUser;
        this.successions = successions;
    }

    /**
     * Gives every current holder of a rotating office a term, staggered so that the office does not turn over all at
     * once: the i-th of n holders started i/n of a term ago. Does nothing when rosters exist.
     */
    void seedIfEmpty(LocalDate today) {
        Integer terms = jdbc.queryForObject("SELECT COUNT(*) FROM office_term", Integer.class);
        if (terms != null && terms > 0) {
            return;
        }
        for (Office office : Office.values()) {
            int months = office.termMonths(constitution.inForce(today));
            long days = ChronoUnit.DAYS.between(today, today.plusMonths(months));
            List<Actor> holders = roster.members(office.role()).stream().filter(a -> a.citizenId() != null).toList();
            for (int i = 0; i < holders.size(); i++) {
                LocalDate start = today.minusDays(days * i / holders.size());
                insertTerm(office, holders.get(i), start, start.plusMonths(months), null, null);
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<TermView> roster(Office office) {
        return jdbc.query(TERM + " WHERE office = ? ORDER BY status, ends_on, id", OfficeRosters::term, office.name());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TermView> myTerms() {
        return jdbc.query(TERM + " WHERE username = ? ORDER BY starts_on DESC", OfficeRosters::term, currentUser.actor().username());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReminderView> myReminders() {
        return jdbc.query("SELECT id, term_id, username, ends_on, created_at FROM office_reminder WHERE username = ?"
                + " ORDER BY id DESC", this::reminder, currentUser.actor().username());
    }

    @Override
    public List<ReminderView> remind(LocalDate today, int daysAhead) {
        List<TermView> due = jdbc.query(TERM + " WHERE status = 'ACTIVE' AND reminded_on IS NULL AND ends_on <= ?",
                OfficeRosters::term, Date.valueOf(today.plusDays(daysAhead)));
        List<ReminderView> created = new ArrayList<>();
        Instant now = clock.instant();
        for (TermView t : due) {
            long id = insert("INSERT INTO office_reminder (term_id, username, ends_on, created_at) VALUES (?, ?, ?, ?)",
                    t.id(), t.username(), Date.valueOf(t.endsOn()), Timestamp.from(now));
            jdbc.update("UPDATE office_term SET reminded_on = ? WHERE id = ?", Date.valueOf(today), t.id());
            created.add(new ReminderView(id, t.id(), t.username(), t.endsOn(), now));
        }
        return created;
    }

    @Override
    public TermView respond(long termId, boolean accept) {
        return successions.respond(termId, accept);
    }

    @Override
    public List<RotationView> rotate(LocalDate today) {
        successions.settleAcceptances();
        List<RotationView> rotations = new ArrayList<>();
        for (Office office : Office.values()) {
            List<TermView> ended = jdbc.query(TERM + " WHERE office = ? AND status = 'ACTIVE' AND ends_on <= ? ORDER BY id",
                    OfficeRosters::term, office.name(), Date.valueOf(today));
            if (!ended.isEmpty()) {
                rotations.add(rotate(office, ended, today));
            }
        }
        return rotations;
    }

    /**
     * Starts the rotation of {@code office}: the ended terms go into handover (their holders stay in office until a
     * successor accepts), the pool is frozen (everyone eligible who holds no office and is not invited to one) and
     * the successors' draw is announced ({@link RotationDraw}); they are drawn once a clerk enters its public value.
     */
    private RotationView rotate(Office office, List<TermView> ended, LocalDate today) {
        Set<Long> holders = new HashSet<>();
        STAFF.forEach(role -> roster.members(role).stream().map(Actor::citizenId).filter(Objects::nonNull).forEach(holders::add));
        ended.forEach(t -> holders.add(t.citizenId()));
        holders.addAll(jdbc.queryForList("SELECT citizen_id FROM office_term WHERE status = ?", Long.class, TermView.INVITED));
        Set<Long> excluded = new HashSet<>();
        int pool = 0;
        for (CitizenProfile c : registry.all()) {
            if (holders.contains(c.id()) || !eligible(office, c)) {
                excluded.add(c.id());
            } else {
                pool++;
            }
        }
        long rotationId = insert("INSERT INTO office_rotation (office, rotated_on, seed, jury_panel_id, outgoing, pool_size,"
                        + " created_at) VALUES (?, ?, 0, 0, ?, ?, ?)", office.name(), Date.valueOf(today), ended.size(),
                pool, Timestamp.from(clock.instant()));
        jdbc.batchUpdate("INSERT INTO rotation_exclusion (rotation_id, citizen_id) VALUES (?, ?)",
                excluded.stream().sorted().map(id -> new Object[] {rotationId, id}).toList());
        for (TermView outgoing : ended) {
            // The outgoing holder stays in office until the successor drawn accepts (see Successions).
            jdbc.update("UPDATE office_term SET status = ? WHERE id = ?", TermView.HANDOVER, outgoing.id());
            jdbc.update("INSERT INTO rotation_outgoing (rotation_id, term_id) VALUES (?, ?)", rotationId, outgoing.id());
        }
        draws.start(rotationId);
        return history(rotationId);
    }

    @Override
    public int[] runToday(int remindDays) {
        currentUser.require(Role.ADMIN);
        return new int[] {remind(today(), remindDays).size(), rotate(today()).size()};
    }

    /** Technocrats and Correlation Center staff come from citizens with higher education; the ethics council from anyone. */
    private static boolean eligible(Office office, CitizenProfile citizen) {
        return office == Office.ETHICS || "higher".equals(citizen.education());
    }

    @Override
    @Transactional(readOnly = true)
    public List<RotationView> history() {
        return jdbc.queryForList("SELECT id FROM office_rotation ORDER BY id DESC", Long.class).stream()
                .map(this::history).toList();
    }

    private RotationView history(long rotationId) {
        return jdbc.query("SELECT id, office, rotated_on, seed, jury_panel_id, pool_size FROM office_rotation WHERE id = ?",
                (rs, i) -> new RotationView(rs.getLong(1), Office.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(),
                        rs.getLong(4), rs.getLong(5), rs.getInt(6),
                        jdbc.queryForList("SELECT o.username FROM office_term o JOIN office_term s ON s.successor_of = o.id"
                                + " WHERE s.rotation_id = ? AND s.status <> 'DECLINED' ORDER BY s.id", String.class, rotationId),
                        jdbc.queryForList("SELECT username FROM office_term WHERE rotation_id = ? AND status <> 'DECLINED'"
                                + " ORDER BY id", String.class, rotationId)), rotationId).stream().findFirst()
                .orElseThrow(() -> new UserFacingException("rotation.error.unknown", rotationId));
    }

    private void insertTerm(Office office, Actor holder, LocalDate start, LocalDate end, Long rotationId, Long successorOf) {
        int max = office.termMonths(constitution.inForce(start));
        if (end.isAfter(start.plusMonths(max))) {
            throw new UserFacingException("rotation.error.termTooLong", office.name(), max);
        }
        jdbc.update("INSERT INTO office_term (office, username, citizen_id, starts_on, ends_on, status, rotation_id,"
                        + " successor_of) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)", office.name(), holder.username(),
                holder.citizenId(), Date.valueOf(start), Date.valueOf(end), rotationId, successorOf);
    }

    private long insert(String sql, Object... args) {
        return GeneratedIds.insert(jdbc, sql, args);
    }

    static TermView term(ResultSet rs, int i) throws SQLException {
        long rotation = rs.getLong(8);
        Long rotationId = rs.wasNull() ? null : rotation;
        long successor = rs.getLong(9);
        Long successorOf = rs.wasNull() ? null : successor;
        Date reminded = rs.getDate(10);
        return new TermView(rs.getLong(1), Office.valueOf(rs.getString(2)), rs.getString(3), rs.getLong(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getString(7), rotationId, successorOf,
                reminded == null ? null : reminded.toLocalDate());
    }

    private ReminderView reminder(ResultSet rs, int i) throws SQLException {
        return new ReminderView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                rs.getTimestamp(5).toInstant());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}

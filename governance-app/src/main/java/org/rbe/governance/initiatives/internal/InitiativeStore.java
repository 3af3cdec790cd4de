package org.rbe.governance.initiatives.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rbe.governance.initiatives.CitizenInitiative;
import org.rbe.governance.shared.GeneratedIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The initiatives in {@code citizen_initiative} and their supporters; no rule lives here. */
@Repository
public class InitiativeStore {
    private static final Set<String> COLUMNS = Set.of("status", "threshold_at", "process_instance_id", "analyst",
            "assessment", "analysis", "analysed_at", "clerk", "decision_case", "decline_reason", "concluded_at");
    private final JdbcTemplate jdbc;

    InitiativeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String title, String proposal, String problem, long proposerId, int threshold, Instant at,
                       Instant expiresAt) {
        return GeneratedIds.insert(jdbc, "INSERT INTO citizen_initiative (title, proposal, problem, proposer_id, status,"
                        + " threshold, supporters, proposed_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)", title,
                proposal, problem, proposerId, CitizenInitiative.COLLECTING, threshold, Timestamp.from(at),
                Timestamp.from(expiresAt));
    }

    /**
     * Adds one supporter and returns the new count; the key refuses a second support of one citizen
     * ({@link org.springframework.dao.DuplicateKeyException}). The count is raised in the initiative's row, so two
     * supports at once are counted one after the other.
     */
    public int addSupporter(long id, long citizenId, Instant at) {
        jdbc.update("INSERT INTO citizen_initiative_support (initiative_id, citizen_id, supported_at) VALUES (?, ?, ?)",
                id, citizenId, Timestamp.from(at));
        jdbc.update("UPDATE citizen_initiative SET supporters = supporters + 1 WHERE id = ?", id);
        return jdbc.queryForObject("SELECT supporters FROM citizen_initiative WHERE id = ?", Integer.class, id);
    }

    public boolean supports(long id, long citizenId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM citizen_initiative_support WHERE initiative_id = ?"
                + " AND citizen_id = ?", Integer.class, id, citizenId) > 0;
    }

    /** Sets one column of an initiative; only the columns a step may write. */
    public void set(long id, String column, Object value) {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException("Not a column a step writes: " + column);
        }
        jdbc.update("UPDATE citizen_initiative SET " + column + " = ? WHERE id = ?",
                value instanceof Instant i ? Timestamp.from(i) : value, id);
    }

    /** Moves an initiative from {@code from} to {@code to}; false when it was no longer in {@code from}. */
    public boolean move(long id, String from, String to) {
        return jdbc.update("UPDATE citizen_initiative SET status = ? WHERE id = ? AND status = ?", to, id, from) == 1;
    }

    public int proposedSince(long proposerId, Instant since) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM citizen_initiative WHERE proposer_id = ? AND proposed_at >= ?",
                Integer.class, proposerId, Timestamp.from(since));
    }

    /** Initiatives still collecting whose window closed at or before {@code now}. */
    public List<Long> dueToExpire(Instant now) {
        return jdbc.queryForList("SELECT id FROM citizen_initiative WHERE status = ? AND expires_at <= ? ORDER BY id",
                Long.class, CitizenInitiative.COLLECTING, Timestamp.from(now));
    }

    public Optional<CitizenInitiative> get(long id) {
        return jdbc.query("SELECT * FROM citizen_initiative WHERE id = ?", InitiativeStore::row, id).stream().findFirst();
    }

    public List<CitizenInitiative> all() {
        return jdbc.query("SELECT * FROM citizen_initiative ORDER BY id DESC", InitiativeStore::row);
    }

    private static CitizenInitiative row(ResultSet rs, int n) throws SQLException {
        return new CitizenInitiative(rs.getLong("id"), rs.getString("title"), rs.getString("proposal"),
                rs.getString("problem"), rs.getLong("proposer_id"), rs.getString("status"), rs.getInt("threshold"),
                rs.getInt("supporters"), instant(rs, "proposed_at"), instant(rs, "expires_at"),
                instant(rs, "threshold_at"), rs.getString("process_instance_id"), rs.getString("analyst"),
                rs.getString("assessment"), rs.getString("analysis"), instant(rs, "analysed_at"), rs.getString("clerk"),
                rs.getObject("decision_case", Long.class), rs.getString("decline_reason"), instant(rs, "concluded_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

package org.rbe.governance.oversight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rbe.governance.oversight.OversightView;
import org.rbe.governance.shared.GeneratedIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The checks in {@code oversight_check}; no rule lives here. */
@Repository
public class OversightStore {
    private static final Set<String> COLUMNS = Set.of("process_instance_id", "panel_id", "vote_id", "vote_deadline",
            "stage", "finding", "finding_text", "votes_sound", "votes_flawed", "document_id", "concluded_at");
    private final JdbcTemplate jdbc;

    OversightStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long decisionCase, String concern, Instant at) {
        return GeneratedIds.insert(jdbc, "INSERT INTO oversight_check (decision_case, concern, stage, requested_at)"
                + " VALUES (?, ?, ?, ?)", decisionCase, concern, OversightView.REQUESTED, Timestamp.from(at));
    }

    /** Sets one column of a check; only the columns a step may write. */
    public void set(long id, String column, Object value) {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException("Not a column a step writes: " + column);
        }
        jdbc.update("UPDATE oversight_check SET " + column + " = ? WHERE id = ?",
                value instanceof Instant i ? Timestamp.from(i) : value, id);
    }

    public boolean openFor(long decisionCase) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM oversight_check WHERE decision_case = ? AND stage <> ?",
                Integer.class, decisionCase, OversightView.CONCLUDED) > 0;
    }

    public int requestedSince(Instant since) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM oversight_check WHERE requested_at >= ?", Integer.class,
                Timestamp.from(since));
    }

    public Optional<OversightView> get(long id) {
        return jdbc.query("SELECT * FROM oversight_check WHERE id = ?", OversightStore::row, id).stream().findFirst();
    }

    public List<OversightView> all() {
        return jdbc.query("SELECT * FROM oversight_check ORDER BY id DESC", OversightStore::row);
    }

    private static OversightView row(ResultSet rs, int n) throws SQLException {
        return new OversightView(rs.getLong("id"), rs.getLong("decision_case"), rs.getString("concern"),
                rs.getString("stage"), instant(rs, "requested_at"), rs.getString("process_instance_id"),
                rs.getObject("panel_id", Long.class), rs.getObject("vote_id", Long.class), instant(rs, "vote_deadline"),
                rs.getString("finding"), rs.getString("finding_text"), rs.getObject("votes_sound", Integer.class),
                rs.getObject("votes_flawed", Integer.class), rs.getString("document_id"), instant(rs, "concluded_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

package org.rbe.governance.proceedings.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rbe.governance.proceedings.BodyStage;
import org.rbe.governance.proceedings.BodyView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The table of V22: each body drawn by lot and the stage of its lifecycle; no rule lives here. */
@Repository
public class BodyStore {
    private static final RowMapper<BodyView> BODY = (rs, n) -> new BodyView(rs.getLong("panel_id"), rs.getString("kind"),
            rs.getLong("case_number"), BodyStage.valueOf(rs.getString("stage")), rs.getTimestamp("since").toInstant());
    private final JdbcTemplate jdbc;

    BodyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void drawn(long panelId, String kind, long caseNumber, Instant at) {
        jdbc.update("INSERT INTO drawn_body (panel_id, kind, case_number, stage, since) VALUES (?, ?, ?, ?, ?)", panelId,
                kind, caseNumber, BodyStage.DRAWN.name(), Timestamp.from(at));
    }

    /** Moves the body to {@code stage}; a body drawn before this table existed is recorded now. */
    public void advance(BodyView body, BodyStage stage, Instant at) {
        int updated = jdbc.update("UPDATE drawn_body SET stage = ?, since = ? WHERE panel_id = ?", stage.name(),
                Timestamp.from(at), body.panelId());
        if (updated == 0) {
            jdbc.update("INSERT INTO drawn_body (panel_id, kind, case_number, stage, since) VALUES (?, ?, ?, ?, ?)",
                    body.panelId(), body.kind(), body.caseNumber(), stage.name(), Timestamp.from(at));
        }
    }

    public Optional<BodyView> body(long panelId) {
        return jdbc.query("SELECT * FROM drawn_body WHERE panel_id = ?", BODY, panelId).stream().findFirst();
    }

    public List<BodyView> bodiesOf(long caseNumber) {
        return jdbc.query("SELECT * FROM drawn_body WHERE case_number = ? ORDER BY panel_id", BODY, caseNumber);
    }
}

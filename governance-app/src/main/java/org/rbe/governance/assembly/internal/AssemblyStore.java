package org.rbe.governance.assembly.internal;

import java.time.Clock;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rbe.governance.assembly.AssemblyView;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.GeneratedIds;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Assemblies in {@code civic_assembly}, their timeline and the due date in {@code civic_assembly_schedule}. */
@Repository
class AssemblyStore {
    private static final String SEPARATOR = "\u001f";
    private static final String SELECT = "SELECT id, due_date, stage, opened_at, process_instance_id, panel_id, seed,"
            + " rating_vote_id, review_vote_id, vote_deadline, average_rating, ratings, review_for, review_against,"
            + " review_ballots, eligible, opens_review, review_id, document_id, concluded_at FROM civic_assembly";
    private final JdbcTemplate jdbc;

    private final Clock clock;
    AssemblyStore(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    LocalDate nextDue() {
        return jdbc.queryForObject("SELECT next_due FROM civic_assembly_schedule WHERE id = 1", LocalDate.class);
    }

    /** Moves the due date a year on from {@code concludedDue}, unless it already moved. */
    void scheduleNextAfter(LocalDate concludedDue) {
        jdbc.update("UPDATE civic_assembly_schedule SET next_due = ?, updated_at = ? WHERE id = 1 AND next_due = ?",
                Date.valueOf(concludedDue.plusYears(1)), Timestamp.from(clock.instant()), Date.valueOf(concludedDue));
    }

    /** Inserts the assembly due on {@code due}; the unique due date refuses a second one. */
    long insert(LocalDate due, Instant at) {
        return GeneratedIds.insert(jdbc, "INSERT INTO civic_assembly (due_date, stage, opened_at) VALUES (?, ?, ?)",
                Date.valueOf(due), AssemblyView.CONVENED, Timestamp.from(at));
    }

    Optional<AssemblyView> byDueDate(LocalDate due) {
        return jdbc.query(SELECT + " WHERE due_date = ?", this::row, Date.valueOf(due)).stream().findFirst();
    }

    Optional<AssemblyView> byVote(long voteId) {
        return jdbc.query(SELECT + " WHERE rating_vote_id = ? OR review_vote_id = ?", this::row, voteId, voteId)
                .stream().findFirst();
    }

    AssemblyView get(long id) {
        return jdbc.query(SELECT + " WHERE id = ?", this::row, id).stream().findFirst()
                .orElseThrow(() -> new UserFacingException("assembly.error.unknown", id));
    }

    List<AssemblyView> all() {
        return jdbc.query(SELECT + " ORDER BY id DESC", this::row);
    }

    void set(long id, String column, Object value) {
        jdbc.update("UPDATE civic_assembly SET " + column + " = ? WHERE id = ?",
                value instanceof Instant i ? Timestamp.from(i) : value, id);
    }

    void recordResults(long id, double averageRating, int ratings, int reviewFor, int reviewAgainst, int reviewBallots,
                       int eligible, boolean opensReview) {
        jdbc.update("UPDATE civic_assembly SET average_rating = ?, ratings = ?, review_for = ?, review_against = ?,"
                        + " review_ballots = ?, eligible = ?, opens_review = ? WHERE id = ?",
                BigDecimal.valueOf(averageRating).setScale(2, java.math.RoundingMode.HALF_UP), ratings, reviewFor,
                reviewAgainst, reviewBallots, eligible, opensReview, id);
    }

    void event(long id, String stage, String key, Object... args) {
        String joined = Arrays.stream(args).map(a -> a == null ? "" : a.toString()).collect(Collectors.joining(SEPARATOR));
        jdbc.update("INSERT INTO civic_assembly_event (assembly_id, at, stage, message_key, args) VALUES (?, ?, ?, ?, ?)",
                id, Timestamp.from(clock.instant()), stage, key, joined.length() > 2000 ? joined.substring(0, 2000) : joined);
    }

    /** The timeline, oldest first. */
    List<Line> events(long id) {
        return jdbc.query("SELECT at, stage, message_key, args FROM civic_assembly_event WHERE assembly_id = ? ORDER BY id",
                (rs, i) -> new Line(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4).isEmpty() ? new Object[0] : rs.getString(4).split(SEPARATOR, -1)), id);
    }

    record Line(Instant at, String stage, String key, Object[] args) {
    }

    private AssemblyView row(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong(1);
        BigDecimal average = rs.getBigDecimal(11);
        Boolean opens = rs.getBoolean(17);
        if (rs.wasNull()) {
            opens = null;
        }
        return new AssemblyView(id, CaseNumbers.civicAssembly(id), rs.getDate(2).toLocalDate(), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getObject(6, Long.class), rs.getObject(7, Long.class),
                rs.getObject(8, Long.class), rs.getObject(9, Long.class), instant(rs.getTimestamp(10)),
                average == null ? null : average.doubleValue(), rs.getObject(12, Integer.class),
                rs.getObject(13, Integer.class), rs.getObject(14, Integer.class), rs.getObject(15, Integer.class),
                rs.getObject(16, Integer.class), opens, rs.getObject(18, Long.class), rs.getString(19),
                instant(rs.getTimestamp(20)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

package org.rbe.governance.constitution.internal;

import java.time.Clock;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rbe.governance.shared.GeneratedIds;
import org.rbe.governance.constitution.InitiativeView;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ReviewView;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The review tables: reviews, initiatives and their supporters, amendments, the timeline. */
@Repository
class ReviewStore {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final String SEPARATOR = "\u001f";
    private static final String REVIEW = "SELECT id, trigger_kind, due_date, initiative_id, stage, opened_at, opened_by,"
            + " process_instance_id, assembly_panel_id, vote_deadline, outcome, document_id, concluded_at, assembly_seed,"
            + " proposals_closed_by, proposals_note, ethics_conclusion, summary, minutes_sha256 FROM constitution_review";
    private static final String AMENDMENT = "SELECT id, review_id, position_no, parameter_key, proposed_value,"
            + " effective_from, rationale, proposed_by, proposed_at, vetoed_by, veto_reason, vote_id, outcome, votes_for,"
            + " votes_against, votes_abstain, eligible, enacted_from FROM constitution_amendment";
    private static final String INITIATIVE = "SELECT i.id, i.title, i.proposal, i.initiator, i.status, i.started_at,"
            + " i.submitted_at, (SELECT COUNT(*) FROM constitution_initiative_support s WHERE s.initiative_id = i.id),"
            + " i.review_id, i.initiator_citizen_id FROM constitution_initiative i";
    private final JdbcTemplate jdbc;

    private final Clock clock;
    ReviewStore(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** A stored review with the details the views leave out. */
    record Review(ReviewView view, Long assemblySeed, String proposalsClosedBy, String proposalsNote,
                  String ethicsConclusion, String summary, String minutesSha256) {
        long id() {
            return view.id();
        }
    }

    /** A stored amendment. */
    record Amendment(long id, long reviewId, int position, Parameter parameter, BigDecimal value, LocalDate effectiveFrom,
                     String rationale, String proposedBy, Instant proposedAt, String vetoedBy, String vetoReason,
                     Long voteId, String outcome, Integer votesFor, Integer votesAgainst, Integer votesAbstain,
                     Integer eligible, LocalDate enactedFrom) {
        String label() {
            return "A" + position;
        }
    }

    /** A timeline line: a message key with its arguments. */
    record Line(Instant at, String stage, String key, String[] args) {
    }

    long insertReview(String trigger, LocalDate dueDate, Long initiativeId, String openedBy, Instant at) {
        return insert("INSERT INTO constitution_review (trigger_kind, due_date, initiative_id, stage, opened_at, opened_by)"
                        + " VALUES (?, ?, ?, 'OPENED', ?, ?)", trigger, dueDate == null ? null : Date.valueOf(dueDate),
                initiativeId, Timestamp.from(at), openedBy);
    }

    Optional<Review> review(long id) {
        return jdbc.query(REVIEW + " WHERE id = ?", this::reviewRow, id).stream().findFirst();
    }

    Review reviewOrThrow(long id) {
        return review(id).orElseThrow(() -> new UserFacingException("constitution.error.unknownReview", id));
    }

    Optional<Review> reviewDue(LocalDate dueDate) {
        return jdbc.query(REVIEW + " WHERE due_date = ?", this::reviewRow, Date.valueOf(dueDate)).stream().findFirst();
    }

    List<Review> reviews() {
        return jdbc.query(REVIEW + " ORDER BY id DESC", this::reviewRow);
    }

    void set(long reviewId, String column, Object value) {
        jdbc.update("UPDATE constitution_review SET " + column + " = ? WHERE id = ?",
                value instanceof Instant i ? Timestamp.from(i) : value, reviewId);
    }

    long insertInitiative(String title, String proposal, String initiator, long citizenId, Instant at) {
        return insert("INSERT INTO constitution_initiative (title, proposal, initiator, initiator_citizen_id, status,"
                + " started_at) VALUES (?, ?, ?, ?, 'COLLECTING', ?)", title, proposal, initiator, citizenId, Timestamp.from(at));
    }

    /** The initiative with its supporter count; {@code needed} is filled in by the caller. */
    Optional<InitiativeView> initiative(long id, int needed) {
        return jdbc.query(INITIATIVE + " WHERE i.id = ?", (rs, i) -> initiativeRow(rs, needed), id).stream().findFirst();
    }

    List<InitiativeView> initiatives(int needed) {
        return jdbc.query(INITIATIVE + " ORDER BY i.id DESC", (rs, i) -> initiativeRow(rs, needed));
    }

    String initiator(long initiativeId) {
        return jdbc.queryForObject("SELECT initiator FROM constitution_initiative WHERE id = ?", String.class, initiativeId);
    }

    boolean addSupporter(long initiativeId, long citizenId, Instant at) {
        Integer already = jdbc.queryForObject("SELECT COUNT(*) FROM constitution_initiative_support WHERE initiative_id = ?"
                + " AND citizen_id = ?", Integer.class, initiativeId, citizenId);
        if (already != null && already > 0) {
            return false;
        }
        jdbc.update("INSERT INTO constitution_initiative_support (initiative_id, citizen_id, signed_at) VALUES (?, ?, ?)",
                initiativeId, citizenId, Timestamp.from(at));
        return true;
    }

    void setInitiative(long initiativeId, String status, Long reviewId, Instant submittedAt) {
        jdbc.update("UPDATE constitution_initiative SET status = ?, review_id = COALESCE(?, review_id),"
                        + " submitted_at = COALESCE(?, submitted_at) WHERE id = ?", status, reviewId,
                submittedAt == null ? null : Timestamp.from(submittedAt), initiativeId);
    }

    long insertAmendment(long reviewId, Parameter parameter, BigDecimal value, LocalDate effectiveFrom, String rationale,
                         String proposedBy, Instant at) {
        Integer position = jdbc.queryForObject("SELECT COALESCE(MAX(position_no), 0) + 1 FROM constitution_amendment"
                + " WHERE review_id = ?", Integer.class, reviewId);
        return insert("INSERT INTO constitution_amendment (review_id, position_no, parameter_key, proposed_value,"
                        + " effective_from, rationale, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", reviewId,
                position, parameter.key(), value, Date.valueOf(effectiveFrom), rationale, proposedBy, Timestamp.from(at));
    }

    List<Amendment> amendments(long reviewId) {
        return jdbc.query(AMENDMENT + " WHERE review_id = ? ORDER BY position_no", this::amendmentRow, reviewId);
    }

    Optional<Amendment> amendmentByVote(long voteId) {
        return jdbc.query(AMENDMENT + " WHERE vote_id = ?", this::amendmentRow, voteId).stream().findFirst();
    }

    void veto(long amendmentId, String member, String reason) {
        jdbc.update("UPDATE constitution_amendment SET vetoed_by = ?, veto_reason = ?, outcome = 'VETOED' WHERE id = ?",
                member, reason, amendmentId);
    }

    void setVote(long amendmentId, long voteId) {
        jdbc.update("UPDATE constitution_amendment SET vote_id = ? WHERE id = ?", voteId, amendmentId);
    }

    void recordResult(long amendmentId, String outcome, int votesFor, int against, int abstain, int eligible) {
        jdbc.update("UPDATE constitution_amendment SET outcome = ?, votes_for = ?, votes_against = ?, votes_abstain = ?,"
                + " eligible = ? WHERE id = ?", outcome, votesFor, against, abstain, eligible, amendmentId);
    }

    void enacted(long amendmentId, LocalDate from) {
        jdbc.update("UPDATE constitution_amendment SET enacted_from = ? WHERE id = ?", Date.valueOf(from), amendmentId);
    }

    void insertEvent(long reviewId, String stage, String key, Object... args) {
        String joined = Arrays.stream(args).map(a -> a == null ? "" : a instanceof Instant t ? TIME.format(t) : a.toString())
                .collect(Collectors.joining(SEPARATOR));
        jdbc.update("INSERT INTO constitution_review_event (review_id, at, stage, message_key, args) VALUES (?, ?, ?, ?, ?)",
                reviewId, Timestamp.from(clock.instant()), stage, key, joined.length() > 2000 ? joined.substring(0, 2000) : joined);
    }

    List<Line> events(long reviewId) {
        return jdbc.query("SELECT at, stage, message_key, args FROM constitution_review_event WHERE review_id = ? ORDER BY id",
                (rs, i) -> new Line(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4).isEmpty() ? new String[0] : rs.getString(4).split(SEPARATOR, -1)), reviewId);
    }

    private long insert(String sql, Object... args) {
        return GeneratedIds.insert(jdbc, sql, args);
    }

    private Review reviewRow(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong(1);
        ReviewView view = new ReviewView(id, CaseNumbers.review(id), rs.getString(2), date(rs.getDate(3)),
                longOrNull(rs, 4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                longOrNull(rs, 9), instant(rs.getTimestamp(10)), rs.getString(11), rs.getString(12),
                instant(rs.getTimestamp(13)));
        return new Review(view, longOrNull(rs, 14), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getString(18), rs.getString(19));
    }

    private Amendment amendmentRow(ResultSet rs, int i) throws SQLException {
        return new Amendment(rs.getLong(1), rs.getLong(2), rs.getInt(3), Parameter.byKey(rs.getString(4)),
                rs.getBigDecimal(5).stripTrailingZeros(), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8),
                rs.getTimestamp(9).toInstant(), rs.getString(10), rs.getString(11), longOrNull(rs, 12), rs.getString(13),
                intOrNull(rs, 14), intOrNull(rs, 15), intOrNull(rs, 16), intOrNull(rs, 17), date(rs.getDate(18)));
    }

    private static InitiativeView initiativeRow(ResultSet rs, int needed) throws SQLException {
        return new InitiativeView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7)), rs.getInt(8), needed, longOrNull(rs, 9));
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

package org.rbe.governance.appeals.internal;

import java.time.Clock;
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
import org.rbe.governance.shared.GeneratedIds;
import org.rbe.governance.appeals.AppealStepNoticed;
import org.rbe.governance.appeals.AppealMessage;
import org.rbe.governance.appeals.AttachmentView;
import org.rbe.governance.appeals.NewSanction;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The appeals module's tables: sanctions, appeals, their panels, messages, notices, timeline and attachments. */
@Repository
class AppealStore {
    static final char SEPARATOR = '\u001f';
    static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);
    private static final String SANCTION = "SELECT id, citizen_id, rule_code, rule_text, level_no, measure, isolation,"
            + " evidence, imposed_on, imposed_by, appeal_deadline, status, current_measure, review_due, created_at FROM sanction";
    private static final String APPEAL = "SELECT id, sanction_id, kind, appellant_id, statement, filed_at, filed_on, stage,"
            + " suspended, process_instance_id, outcome, decided_measure, decision_rule, decided_at, document_id,"
            + " minutes_sha256, measure_before FROM appeal";
    private static final String PANEL = "SELECT id, appeal_id, round_no, jury_panel_id, citizen_seed, expert, expert_seed,"
            + " drawn_at, hearing_at, decision_deadline, status, vote_id, votes_held, advice, advice_text, advised_at,"
            + " proposed_measure, proposed_by, replaced_reason FROM appeal_panel";
    private final JdbcTemplate jdbc;

    private final Clock clock;
    private final ApplicationEventPublisher events;
    AppealStore(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A stored sanction. */
    record Sanction(long id, long citizenId, String ruleCode, String ruleText, int level, String measure,
                    boolean isolation, String evidence, LocalDate imposedOn, String imposedBy, LocalDate appealDeadline,
                    String status, String currentMeasure, LocalDate reviewDue, Instant createdAt) {
    }

    /** A stored appeal. */
    record Appeal(long id, long sanctionId, String kind, long appellantId, String statement, Instant filedAt,
                  LocalDate filedOn, String stage, boolean suspended, String processInstanceId, String outcome,
                  String decidedMeasure, String decisionRule, Instant decidedAt, String documentId, String minutesSha256,
                  String measureBefore) {
    }

    /** A stored panel round of an appeal. */
    record Panel(long id, long appealId, int round, long juryPanelId, long citizenSeed, String expert, long expertSeed,
                 Instant drawnAt, Instant hearingAt, Instant decisionDeadline, String status, Long voteId, int votesHeld,
                 String advice, String adviceText, Instant advisedAt, String proposedMeasure, String proposedBy,
                 String replacedReason) {
    }

    /** A timeline line or a notice: a message key with its arguments. */
    record Line(long id, long appealId, Instant at, String stage, String key, String[] args) {
    }

    long insertSanction(NewSanction s, String imposedBy, LocalDate appealDeadline, Instant now) {
        return insert("INSERT INTO sanction (citizen_id, rule_code, rule_text, level_no, measure, isolation, evidence,"
                        + " imposed_on, imposed_by, appeal_deadline, status, current_measure, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)",
                s.citizenId(), s.ruleCode().trim(), s.ruleText().trim(), s.level(), s.measure().trim(), s.isolation(),
                s.evidence().trim(), Date.valueOf(s.imposedOn()), imposedBy, Date.valueOf(appealDeadline),
                s.measure().trim(), Timestamp.from(now));
    }

    Optional<Sanction> sanction(long id) {
        return jdbc.query(SANCTION + " WHERE id = ?", this::sanctionRow, id).stream().findFirst();
    }

    Sanction sanctionOrThrow(long id) {
        return sanction(id).orElseThrow(() -> new UserFacingException("appeals.error.unknownSanction", id));
    }

    List<Sanction> sanctions() {
        return jdbc.query(SANCTION + " ORDER BY id DESC", this::sanctionRow);
    }

    List<Sanction> sanctionsOf(long citizenId) {
        return jdbc.query(SANCTION + " WHERE citizen_id = ? ORDER BY id DESC", this::sanctionRow, citizenId);
    }

    List<Sanction> isolationReviewsDue(LocalDate today) {
        return jdbc.query(SANCTION + " WHERE isolation = TRUE AND review_due IS NOT NULL AND review_due <= ?"
                + " AND status IN ('UPHELD', 'MODIFIED') ORDER BY id", this::sanctionRow, Date.valueOf(today));
    }

    void updateSanction(long id, String status, String currentMeasure, LocalDate reviewDue) {
        jdbc.update("UPDATE sanction SET status = ?, current_measure = ?, review_due = ? WHERE id = ?", status,
                currentMeasure, reviewDue == null ? null : Date.valueOf(reviewDue), id);
    }

    long insertAppeal(long sanctionId, String kind, long appellantId, String statement, String measureBefore,
                      Instant filedAt, LocalDate filedOn) {
        return insert("INSERT INTO appeal (sanction_id, kind, appellant_id, statement, measure_before, filed_at, filed_on,"
                        + " stage, suspended) VALUES (?, ?, ?, ?, ?, ?, ?, 'FILED', FALSE)", sanctionId, kind, appellantId,
                statement, measureBefore, Timestamp.from(filedAt), Date.valueOf(filedOn));
    }

    Optional<Appeal> appeal(long id) {
        return jdbc.query(APPEAL + " WHERE id = ?", this::appealRow, id).stream().findFirst();
    }

    Appeal appealOrThrow(long id) {
        return appeal(id).orElseThrow(() -> new UserFacingException("appeals.error.unknownAppeal", id));
    }

    List<Appeal> appealsOfSanction(long sanctionId) {
        return jdbc.query(APPEAL + " WHERE sanction_id = ? ORDER BY id", this::appealRow, sanctionId);
    }

    List<Appeal> appealsBy(long appellantId) {
        return jdbc.query(APPEAL + " WHERE appellant_id = ? ORDER BY id DESC", this::appealRow, appellantId);
    }

    List<Appeal> appealsWithExpert(String username) {
        return jdbc.query(APPEAL + " WHERE id IN (SELECT appeal_id FROM appeal_panel WHERE expert = ?) ORDER BY id DESC",
                this::appealRow, username);
    }

    List<Appeal> appealsWithPanels(List<Long> juryPanelIds) {
        if (juryPanelIds.isEmpty()) {
            return List.of();
        }
        String in = juryPanelIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.query(APPEAL + " WHERE id IN (SELECT appeal_id FROM appeal_panel WHERE jury_panel_id IN (" + in + "))"
                + " ORDER BY id DESC", this::appealRow);
    }

    void setProcessInstance(long appealId, String processInstanceId) {
        jdbc.update("UPDATE appeal SET process_instance_id = ? WHERE id = ?", processInstanceId, appealId);
    }

    void setStage(long appealId, String stage) {
        jdbc.update("UPDATE appeal SET stage = ? WHERE id = ?", stage, appealId);
    }

    void setSuspended(long appealId, boolean suspended) {
        jdbc.update("UPDATE appeal SET suspended = ? WHERE id = ?", suspended, appealId);
    }

    void recordOutcome(long appealId, String stage, String outcome, String measure, String rule, Instant at) {
        jdbc.update("UPDATE appeal SET stage = ?, outcome = ?, decided_measure = ?, decision_rule = ?, decided_at = ?"
                + " WHERE id = ?", stage, outcome, measure, rule, at == null ? null : Timestamp.from(at), appealId);
    }

    void recordMinutes(long appealId, String documentId, String sha256) {
        jdbc.update("UPDATE appeal SET document_id = ?, minutes_sha256 = ? WHERE id = ?", documentId, sha256, appealId);
    }

    long insertPanel(long appealId, int round, long juryPanelId, long citizenSeed, String expert, long expertSeed,
                     Instant drawnAt, Instant hearingAt, Instant deadline) {
        return insert("INSERT INTO appeal_panel (appeal_id, round_no, jury_panel_id, citizen_seed, expert, expert_seed,"
                        + " drawn_at, hearing_at, decision_deadline, status, votes_held) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " 'SITTING', 0)", appealId, round, juryPanelId, citizenSeed, expert, expertSeed,
                Timestamp.from(drawnAt), Timestamp.from(hearingAt), Timestamp.from(deadline));
    }

    List<Panel> panels(long appealId) {
        return jdbc.query(PANEL + " WHERE appeal_id = ? ORDER BY round_no", this::panelRow, appealId);
    }

    Optional<Panel> currentPanel(long appealId) {
        return jdbc.query(PANEL + " WHERE appeal_id = ? ORDER BY round_no DESC", this::panelRow, appealId).stream()
                .findFirst();
    }

    Optional<Panel> panelByJuryPanel(long juryPanelId) {
        return jdbc.query(PANEL + " WHERE jury_panel_id = ?", this::panelRow, juryPanelId).stream().findFirst();
    }

    List<Long> juryPanelIdsOf(java.util.Collection<Long> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        String in = candidates.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.queryForList("SELECT jury_panel_id FROM appeal_panel WHERE jury_panel_id IN (" + in + ")", Long.class);
    }

    void recordAdvice(long panelId, String advice, String text, Instant at) {
        jdbc.update("UPDATE appeal_panel SET advice = ?, advice_text = ?, advised_at = ? WHERE id = ?", advice, text,
                Timestamp.from(at), panelId);
    }

    void proposeMeasure(long panelId, String measure, String by) {
        jdbc.update("UPDATE appeal_panel SET proposed_measure = ?, proposed_by = ? WHERE id = ?", measure, by, panelId);
    }

    void recordVote(long panelId, long voteId, Instant deadline) {
        jdbc.update("UPDATE appeal_panel SET vote_id = ?, votes_held = votes_held + 1, decision_deadline = ? WHERE id = ?",
                voteId, Timestamp.from(deadline), panelId);
    }

    void setPanelStatus(long panelId, String status, String reason) {
        jdbc.update("UPDATE appeal_panel SET status = ?, replaced_reason = ? WHERE id = ?", status, reason, panelId);
    }

    long insertMessage(long appealId, String author, String role, String body, Instant at) {
        return insert("INSERT INTO appeal_message (appeal_id, author, author_role, body, posted_at) VALUES (?, ?, ?, ?, ?)",
                appealId, author, role, body, Timestamp.from(at));
    }

    List<AppealMessage> messages(long appealId, java.util.function.Function<String, String> names) {
        return jdbc.query("SELECT id, appeal_id, author, author_role, body, posted_at FROM appeal_message"
                        + " WHERE appeal_id = ? ORDER BY id", (rs, i) -> new AppealMessage(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), names.apply(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()), appealId);
    }

    long insertAttachment(long appealId, String fileName, String sha256, byte[] content, Instant at) {
        return insert("INSERT INTO appeal_attachment (appeal_id, file_name, sha256, content, uploaded_at)"
                + " VALUES (?, ?, ?, ?, ?)", appealId, fileName, sha256, content, Timestamp.from(at));
    }

    List<AttachmentView> attachments(long appealId) {
        return jdbc.query("SELECT id, appeal_id, file_name, sha256, content FROM appeal_attachment WHERE appeal_id = ?"
                + " ORDER BY id", (rs, i) -> new AttachmentView(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getBytes(5).length), appealId);
    }

    Optional<byte[]> attachmentContent(long appealId, long attachmentId) {
        return jdbc.query("SELECT content FROM appeal_attachment WHERE appeal_id = ? AND id = ?",
                (rs, i) -> rs.getBytes(1), appealId, attachmentId).stream().findFirst();
    }

    /** A line of the appeal's timeline; the appellant is told it too ({@link AppealStepNoticed}). */
    void insertEvent(long appealId, String stage, String key, Object... args) {
        jdbc.update("INSERT INTO appeal_event (appeal_id, at, stage, message_key, args) VALUES (?, ?, ?, ?, ?)",
                appealId, Timestamp.from(clock.instant()), stage, key, join(args));
        long appellant = jdbc.queryForObject("SELECT appellant_id FROM appeal WHERE id = ?", Long.class, appealId);
        events.publishEvent(new AppealStepNoticed(appealId, appellant, key, texts(args), false));
    }

    List<Line> events(long appealId) {
        return jdbc.query("SELECT id, appeal_id, at, stage, message_key, args FROM appeal_event WHERE appeal_id = ?"
                + " ORDER BY id", this::lineRow, appealId);
    }

    void insertNotice(long appealId, long citizenId, String key, Object... args) {
        jdbc.update("INSERT INTO appeal_notice (appeal_id, citizen_id, message_key, args, created_at) VALUES (?, ?, ?, ?, ?)",
                appealId, citizenId, key, join(args), Timestamp.from(clock.instant()));
        events.publishEvent(new AppealStepNoticed(appealId, citizenId, key, texts(args), true));
    }

    List<Line> noticesOf(long citizenId) {
        return jdbc.query("SELECT id, appeal_id, created_at, '' AS stage, message_key, args FROM appeal_notice"
                + " WHERE citizen_id = ? ORDER BY id DESC", this::lineRow, citizenId);
    }

    List<Line> noticesOfAppeal(long appealId) {
        return jdbc.query("SELECT id, appeal_id, created_at, '' AS stage, message_key, args FROM appeal_notice"
                + " WHERE appeal_id = ? ORDER BY id", this::lineRow, appealId);
    }

    private static List<String> texts(Object... args) {
        return Arrays.stream(args).map(a -> a == null ? "" : a instanceof Instant t ? TIME.format(t) : a.toString())
                .toList();
    }

    private static String join(Object... args) {
        String joined = String.join(String.valueOf(SEPARATOR), texts(args));
        return joined.length() > 2000 ? joined.substring(0, 2000) : joined;
    }

    private long insert(String sql, Object... args) {
        return GeneratedIds.insert(jdbc, sql, args);
    }

    private Sanction sanctionRow(ResultSet rs, int i) throws SQLException {
        Date reviewDue = rs.getDate(14);
        return new Sanction(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getDate(9).toLocalDate(), rs.getString(10),
                rs.getDate(11).toLocalDate(), rs.getString(12), rs.getString(13),
                reviewDue == null ? null : reviewDue.toLocalDate(), rs.getTimestamp(15).toInstant());
    }

    private Appeal appealRow(ResultSet rs, int i) throws SQLException {
        return new Appeal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getDate(7).toLocalDate(), rs.getString(8), rs.getBoolean(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), instant(rs.getTimestamp(14)),
                rs.getString(15), rs.getString(16), rs.getString(17));
    }

    private Panel panelRow(ResultSet rs, int i) throws SQLException {
        long vote = rs.getLong(12);
        Long voteId = rs.wasNull() ? null : vote;
        return new Panel(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getString(6),
                rs.getLong(7), rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(),
                rs.getTimestamp(10).toInstant(), rs.getString(11), voteId, rs.getInt(13), rs.getString(14),
                rs.getString(15), instant(rs.getTimestamp(16)), rs.getString(17), rs.getString(18), rs.getString(19));
    }

    private Line lineRow(ResultSet rs, int i) throws SQLException {
        String args = rs.getString(6);
        return new Line(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                args.isEmpty() ? new String[0] : args.split(String.valueOf(SEPARATOR), -1));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

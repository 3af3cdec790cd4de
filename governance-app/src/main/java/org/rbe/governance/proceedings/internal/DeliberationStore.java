package org.rbe.governance.proceedings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rbe.governance.proceedings.ChangeArea;
import org.rbe.governance.proceedings.DeliberationView;
import org.rbe.governance.proceedings.HideReason;
import org.rbe.governance.proceedings.Stance;
import org.rbe.governance.shared.GeneratedIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The deliberation tables of V21; no rule lives here, only reads and writes. */
@Repository
public class DeliberationStore {
    private final JdbcTemplate jdbc;

    DeliberationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The deliberation's own settings: topics, table size, seed, hours to answer, and whether it is closed. */
    public record Header(long panelId, long caseNumber, List<String> topics, int tableSize, long tableSeed,
                         int answerHours, Instant openedAt, Instant closedAt) {
        public boolean open() {
            return closedAt == null;
        }
    }

    /** A member's seat, with the citizen it belongs to (never shown). */
    public record Member(long citizenId, String pseudonym, int table) {
    }

    public void open(Header h, List<Member> members, List<String> experts) {
        jdbc.update("INSERT INTO deliberation (panel_id, case_number, topics, table_size, table_seed, answer_hours,"
                        + " opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)", h.panelId(), h.caseNumber(), String.join(",", h.topics()),
                h.tableSize(), h.tableSeed(), h.answerHours(), Timestamp.from(h.openedAt()));
        jdbc.batchUpdate("INSERT INTO deliberation_member (panel_id, citizen_id, pseudonym, table_no) VALUES (?, ?, ?, ?)",
                members.stream().map(m -> new Object[] {h.panelId(), m.citizenId(), m.pseudonym(), m.table()}).toList());
        jdbc.batchUpdate("INSERT INTO deliberation_expert (panel_id, username) VALUES (?, ?)",
                experts.stream().map(e -> new Object[] {h.panelId(), e}).toList());
    }

    /** One more expert answers the body's questions (an overdue question's new holder). */
    public void addExpert(long panelId, String username) {
        if (!experts(panelId).contains(username)) {
            jdbc.update("INSERT INTO deliberation_expert (panel_id, username) VALUES (?, ?)", panelId, username);
        }
    }

    public Optional<Header> header(long panelId) {
        return jdbc.query("SELECT panel_id, case_number, topics, table_size, table_seed, answer_hours, opened_at, closed_at"
                + " FROM deliberation WHERE panel_id = ?", (rs, i) -> new Header(rs.getLong(1), rs.getLong(2),
                Arrays.asList(rs.getString(3).split(",")), rs.getInt(4), rs.getLong(5), rs.getInt(6),
                rs.getTimestamp(7).toInstant(), instant(rs, 8)), panelId).stream().findFirst();
    }

    public void close(long panelId, Instant at) {
        jdbc.update("UPDATE deliberation SET closed_at = ? WHERE panel_id = ? AND closed_at IS NULL", Timestamp.from(at),
                panelId);
    }

    public void reopen(long panelId) {
        jdbc.update("UPDATE deliberation SET closed_at = NULL WHERE panel_id = ?", panelId);
    }

    public List<Member> members(long panelId) {
        return jdbc.query("SELECT citizen_id, pseudonym, table_no FROM deliberation_member WHERE panel_id = ?"
                + " ORDER BY table_no, pseudonym", (rs, i) -> new Member(rs.getLong(1), rs.getString(2), rs.getInt(3)), panelId);
    }

    public Optional<Member> member(long panelId, long citizenId) {
        return jdbc.query("SELECT citizen_id, pseudonym, table_no FROM deliberation_member WHERE panel_id = ?"
                + " AND citizen_id = ?", (rs, i) -> new Member(rs.getLong(1), rs.getString(2), rs.getInt(3)), panelId,
                citizenId).stream().findFirst();
    }

    public boolean pseudonymTaken(String pseudonym) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM deliberation_member WHERE pseudonym = ?", Integer.class,
                pseudonym) > 0;
    }

    public void seat(long panelId, Member member) {
        jdbc.update("INSERT INTO deliberation_member (panel_id, citizen_id, pseudonym, table_no) VALUES (?, ?, ?, ?)",
                panelId, member.citizenId(), member.pseudonym(), member.table());
    }

    public List<String> experts(long panelId) {
        return jdbc.queryForList("SELECT username FROM deliberation_expert WHERE panel_id = ? ORDER BY username",
                String.class, panelId);
    }

    public long ask(long panelId, String topic, int table, long askedBy, String text, Instant at, Instant due) {
        return GeneratedIds.insert(jdbc, "INSERT INTO deliberation_question (panel_id, topic, table_no, asked_by, text,"
                + " asked_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?)", panelId, topic, table, askedBy, text,
                Timestamp.from(at), Timestamp.from(due));
    }

    public int openQuestionsOf(long panelId, long citizenId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM deliberation_question WHERE panel_id = ? AND asked_by = ?"
                + " AND answer IS NULL", Integer.class, panelId, citizenId);
    }

    /** Who asked question {@code id}, and in which deliberation; empty when there is no such question. */
    public Optional<long[]> questionOwner(long id) {
        return jdbc.query("SELECT panel_id, asked_by FROM deliberation_question WHERE id = ? AND answer IS NULL",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, id).stream().findFirst();
    }

    public boolean answer(long id, String answer, String expert, Instant at) {
        return jdbc.update("UPDATE deliberation_question SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ?"
                + " AND answer IS NULL", answer, expert, Timestamp.from(at), id) == 1;
    }

    public List<DeliberationView.Question> questions(long panelId) {
        return jdbc.query("SELECT id, topic, table_no, text, asked_at, due_at, answer, answered_by, answered_at"
                + " FROM deliberation_question WHERE panel_id = ? ORDER BY id", (rs, i) -> new DeliberationView.Question(
                rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8), instant(rs, 9)), panelId);
    }

    public long post(long panelId, String topic, Stance stance, String pseudonym, Long respondsTo, String text,
                     Instant at) {
        return GeneratedIds.insert(jdbc, "INSERT INTO deliberation_post (panel_id, topic, stance, pseudonym, responds_to,"
                + " text, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?)", panelId, topic, stance.name(), pseudonym, respondsTo,
                text, Timestamp.from(at));
    }

    /** How many posts {@code pseudonym} made in the deliberation, and since {@code since}. */
    public int[] postCounts(long panelId, String pseudonym, Instant since) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(CASE WHEN posted_at >= ? THEN 1 ELSE 0 END), 0)"
                + " FROM deliberation_post WHERE panel_id = ? AND pseudonym = ?", (rs, i) -> new int[] {rs.getInt(1),
                rs.getInt(2)}, Timestamp.from(since), panelId, pseudonym);
    }

    public List<DeliberationView.Post> posts(long panelId) {
        return jdbc.query("SELECT id, topic, stance, pseudonym, responds_to, text, posted_at, hidden_reason, hidden_note"
                + " FROM deliberation_post WHERE panel_id = ? ORDER BY id", (rs, i) -> post(rs), panelId);
    }

    public Optional<DeliberationView.Post> post(long id) {
        return jdbc.query("SELECT id, topic, stance, pseudonym, responds_to, text, posted_at, hidden_reason, hidden_note"
                + " FROM deliberation_post WHERE id = ?", (rs, i) -> post(rs), id).stream().findFirst();
    }

    /** Post {@code id} if it belongs to the panel's deliberation. */
    public Optional<DeliberationView.Post> post(long panelId, long id) {
        return jdbc.query("SELECT id, topic, stance, pseudonym, responds_to, text, posted_at, hidden_reason, hidden_note"
                + " FROM deliberation_post WHERE id = ? AND panel_id = ?", (rs, i) -> post(rs), id, panelId)
                .stream().findFirst();
    }

    public long panelOfPost(long id) {
        return jdbc.queryForObject("SELECT panel_id FROM deliberation_post WHERE id = ?", Long.class, id);
    }

    public boolean hide(long id, HideReason reason, String note, String clerk, Instant at) {
        return jdbc.update("UPDATE deliberation_post SET hidden_reason = ?, hidden_note = ?, hidden_by = ?, hidden_at = ?"
                + " WHERE id = ? AND hidden_reason IS NULL", reason.name(), note, clerk, Timestamp.from(at), id) == 1;
    }

    public void tablePost(long panelId, int table, String pseudonym, String text, Instant at) {
        jdbc.update("INSERT INTO deliberation_table_post (panel_id, table_no, pseudonym, text, posted_at)"
                + " VALUES (?, ?, ?, ?, ?)", panelId, table, pseudonym, text, Timestamp.from(at));
    }

    public List<DeliberationView.TablePost> tablePosts(long panelId, int table) {
        return jdbc.query("SELECT table_no, pseudonym, text, posted_at FROM deliberation_table_post WHERE panel_id = ?"
                + " AND table_no = ? ORDER BY id", (rs, i) -> new DeliberationView.TablePost(rs.getInt(1), rs.getString(2),
                rs.getString(3), rs.getTimestamp(4).toInstant()), panelId, table);
    }

    public void summary(long panelId, int table, String pseudonym, String text, Instant at) {
        Integer last = jdbc.queryForObject("SELECT MAX(version) FROM deliberation_table_summary WHERE panel_id = ?"
                + " AND table_no = ?", Integer.class, panelId, table);
        jdbc.update("INSERT INTO deliberation_table_summary (panel_id, table_no, version, pseudonym, text, written_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", panelId, table, last == null ? 1 : last + 1, pseudonym, text,
                Timestamp.from(at));
    }

    /** The latest version of each table's summary, by table. */
    public List<DeliberationView.TableSummary> summaries(long panelId) {
        return jdbc.query("SELECT s.table_no, s.version, s.pseudonym, s.text, s.written_at FROM deliberation_table_summary s"
                + " WHERE s.panel_id = ? AND s.version = (SELECT MAX(v.version) FROM deliberation_table_summary v"
                + " WHERE v.panel_id = s.panel_id AND v.table_no = s.table_no) ORDER BY s.table_no",
                (rs, i) -> new DeliberationView.TableSummary(rs.getInt(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()), panelId);
    }

    public boolean reasonsGiven(long panelId, long citizenId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM deliberation_reason_given WHERE panel_id = ? AND citizen_id = ?",
                Integer.class, panelId, citizenId) > 0;
    }

    /** Records that the member gave reasons, and the reasons apart, under a random key and nothing else. */
    public void giveReasons(long panelId, long citizenId, List<ChangeArea> areas, String text) {
        jdbc.update("INSERT INTO deliberation_reason_given (panel_id, citizen_id) VALUES (?, ?)", panelId, citizenId);
        jdbc.update("INSERT INTO deliberation_reason (panel_id, order_key, must_change, text) VALUES (?, ?, ?, ?)",
                panelId, UUID.randomUUID().toString(), String.join(",", areas.stream().map(Enum::name).toList()), text);
    }

    /** The reasons, ordered by their random keys. */
    public List<DeliberationView.Reason> reasons(long panelId) {
        return jdbc.query("SELECT must_change, text FROM deliberation_reason WHERE panel_id = ? ORDER BY order_key",
                (rs, i) -> new DeliberationView.Reason(rs.getString(1).isEmpty() ? List.of()
                        : Arrays.stream(rs.getString(1).split(",")).map(ChangeArea::valueOf).toList(), rs.getString(2)),
                panelId);
    }

    private static DeliberationView.Post post(ResultSet rs) throws SQLException {
        String hidden = rs.getString(8);
        return new DeliberationView.Post(rs.getLong(1), rs.getString(2), Stance.valueOf(rs.getString(3)),
                rs.getString(4), (Long) rs.getObject(5, Long.class), hidden == null ? rs.getString(6) : "",
                rs.getTimestamp(7).toInstant(), hidden == null ? null : HideReason.valueOf(hidden), rs.getString(9));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

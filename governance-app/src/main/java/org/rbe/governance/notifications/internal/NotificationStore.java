package org.rbe.governance.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rbe.governance.notifications.Contact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The notification and contact tables of V21. */
@Repository
public class NotificationStore {
    /** Separates a notice's arguments; no argument contains it. */
    private static final String SEPARATOR = "\u001f";
    public static final String PENDING = "PENDING";
    public static final String DIGEST = "DIGEST";
    public static final String SENT = "SENT";
    public static final String SENDING = "SENDING";
    public static final String NONE = "NONE";
    private final JdbcTemplate jdbc;

    NotificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored notice. */
    public record Stored(long id, String username, String key, List<String> arguments, String link, boolean urgent,
                         Instant createdAt, Instant readAt, String mailState) {
    }

    /** One notice to store. */
    public record New(String username, String key, List<String> arguments, String link, boolean urgent,
                      String mailState) {
    }

    public void add(List<New> notices, Instant at) {
        jdbc.batchUpdate("INSERT INTO notification (username, message_key, arguments, link, urgent, created_at, mail_state)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", notices.stream().map(n -> new Object[] {n.username(), n.key(),
                String.join(SEPARATOR, n.arguments().stream().map(a -> a.replace(SEPARATOR, " ")).toList()), n.link(),
                n.urgent(), Timestamp.from(at), n.mailState()}).toList());
    }

    public List<Stored> of(String username, int limit) {
        return jdbc.query("SELECT id, username, message_key, arguments, link, urgent, created_at, read_at, mail_state"
                + " FROM notification WHERE username = ? ORDER BY id DESC LIMIT " + limit, (rs, i) -> stored(rs), username);
    }

    /** Notices waiting in the outbox in {@code state}, oldest first. */
    public List<Stored> waiting(String state, int limit) {
        return jdbc.query("SELECT id, username, message_key, arguments, link, urgent, created_at, read_at, mail_state"
                + " FROM notification WHERE mail_state = ? ORDER BY id LIMIT " + limit, (rs, i) -> stored(rs), state);
    }

    /**
     * Takes the notices in {@code from} for this sender, so that no other sender (another thread or node) mails them
     * too; returns those it took.
     */
    public List<Stored> claim(List<Stored> notices, String from, String to) {
        int[] taken = jdbc.batchUpdate("UPDATE notification SET mail_state = ? WHERE id = ? AND mail_state = ?",
                notices.stream().map(n -> new Object[] {to, n.id(), from}).toList());
        List<Stored> claimed = new java.util.ArrayList<>();
        for (int i = 0; i < taken.length; i++) {
            if (taken[i] == 1) {
                claimed.add(notices.get(i));
            }
        }
        return claimed;
    }

    public void mailed(List<Long> ids, String state, Instant at) {
        jdbc.batchUpdate("UPDATE notification SET mail_state = ?, mailed_at = ? WHERE id = ?",
                ids.stream().map(id -> new Object[] {state, Timestamp.from(at), id}).toList());
    }

    public int unread(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE username = ? AND read_at IS NULL",
                Integer.class, username);
    }

    public void markAllRead(String username, Instant at) {
        jdbc.update("UPDATE notification SET read_at = ? WHERE username = ? AND read_at IS NULL", Timestamp.from(at),
                username);
    }

    public Optional<Contact> contact(String username) {
        return jdbc.query("SELECT email, locale, digest FROM contact WHERE username = ?",
                (rs, i) -> new Contact(rs.getString(1), rs.getString(2), rs.getBoolean(3)), username).stream().findFirst();
    }

    /** The contacts of those of {@code usernames} who chose one, by username, in one query. */
    public java.util.Map<String, Contact> contacts(java.util.Collection<String> usernames) {
        java.util.Map<String, Contact> found = new java.util.HashMap<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(usernames));
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 1000));
            jdbc.query("SELECT username, email, locale, digest FROM contact WHERE username IN ("
                    + String.join(",", java.util.Collections.nCopies(part.size(), "?")) + ")", rs -> {
                found.put(rs.getString(1), new Contact(rs.getString(2), rs.getString(3), rs.getBoolean(4)));
            }, part.toArray());
        }
        return found;
    }

    public void saveContact(String username, Contact contact) {
        if (jdbc.update("UPDATE contact SET email = ?, locale = ?, digest = ? WHERE username = ?", contact.email(),
                contact.language(), contact.digest(), username) == 0) {
            jdbc.update("INSERT INTO contact (username, email, locale, digest) VALUES (?, ?, ?, ?)", username,
                    contact.email(), contact.language(), contact.digest());
        }
    }

    private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        String args = rs.getString(4);
        Timestamp read = rs.getTimestamp(8);
        return new Stored(rs.getLong(1), rs.getString(2), rs.getString(3),
                args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)), rs.getString(5), rs.getBoolean(6),
                rs.getTimestamp(7).toInstant(), read == null ? null : read.toInstant(), rs.getString(9));
    }
}

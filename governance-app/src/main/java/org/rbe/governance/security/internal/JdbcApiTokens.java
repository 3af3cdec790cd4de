package org.rbe.governance.security.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.rbe.governance.security.ApiTokens;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.shared.Sha256;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ApiTokens} in the {@code api_token} table. A token is {@code gov_} and 32 random bytes (base64url); the table
 * keeps its SHA-256, so a copy of the database cannot be used to call the API. Time comes from the application's clock.
 */
@Service
@Transactional
class JdbcApiTokens implements ApiTokens {
    static final String PREFIX = "gov_";
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    JdbcApiTokens(JdbcTemplate jdbc, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Issued issue(String label) {
        String username = currentUser.actor().username();
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 80) {
            throw new UserFacingException("apiTokens.error.label");
        }
        Instant now = clock.instant();
        Integer live = jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE username = ? AND revoked_at IS NULL"
                + " AND expires_at > ?", Integer.class, username, Timestamp.from(now));
        if (live != null && live >= MAX_PER_ACCOUNT) {
            throw new UserFacingException("apiTokens.error.tooMany", MAX_PER_ACCOUNT);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(Duration.ofDays(LIFETIME_DAYS));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("INSERT INTO api_token (username, label, token_hash, created_at, expires_at)"
                    + " VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
            s.setString(1, username);
            s.setString(2, name);
            s.setString(3, Sha256.hex(secret));
            s.setTimestamp(4, Timestamp.from(now));
            s.setTimestamp(5, Timestamp.from(expires));
            return s;
        }, key);
        long id = key.getKey().longValue();
        events.publishEvent(new Changed(username, id, name, "ISSUED"));
        return new Issued(new Token(id, name, now, expires, false), secret);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Token> mine() {
        return jdbc.query("SELECT id, label, created_at, expires_at, revoked_at FROM api_token WHERE username = ?"
                        + " ORDER BY id DESC", (rs, i) -> new Token(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) != null),
                currentUser.actor().username());
    }

    @Override
    public void revoke(long id) {
        String username = currentUser.actor().username();
        List<String> labels = jdbc.queryForList("SELECT label FROM api_token WHERE id = ? AND username = ?"
                + " AND revoked_at IS NULL", String.class, id, username);
        if (labels.isEmpty()) {
            throw new UserFacingException("apiTokens.error.unknown");
        }
        jdbc.update("UPDATE api_token SET revoked_at = ? WHERE id = ?", Timestamp.from(clock.instant()), id);
        events.publishEvent(new Changed(username, id, labels.get(0), "REVOKED"));
    }
}

package org.rbe.governance.api.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.rbe.governance.api.ApiProblem;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotReceipt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casts under an idempotency key: the key is claimed, the ballot cast and the response stored in one transaction, so
 * a retried request (after a timeout, a crash, a double click) gets the stored response and nothing is cast twice;
 * a failed cast stores nothing. A key reused for a different request is refused.
 */
@Service
class IdempotentCasts {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final JdbcTemplate jdbc;
    private final BallotBox ballots;

    IdempotentCasts(JdbcTemplate jdbc, BallotBox ballots) {
        this.jdbc = jdbc;
        this.ballots = ballots;
    }

    /** A stored response. */
    record Stored(int status, String body, boolean replayed) {
    }

    /** Claims the key and casts, or returns the stored response of an earlier request with this key. */
    @Transactional
    public Stored cast(String username, String key, long voteId, String option) {
        String request = requestHash(voteId, option);
        Optional<Stored> earlier = replay(username, key, request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        // A concurrent request with the same key waits here for the first one's commit, then fails on the primary key.
        jdbc.update("INSERT INTO api_idempotency (username, idem_key, request_hash, status, body, created_at)"
                + " VALUES (?, ?, ?, 0, '', ?)", username, key, request, Timestamp.from(Instant.now()));
        BallotReceipt receipt = ballots.cast(voteId, option);
        String body = json(new CastResponse(receipt.voteId(), receipt.receipt(), receipt.castAt().toString()));
        jdbc.update("UPDATE api_idempotency SET status = 201, body = ? WHERE username = ? AND idem_key = ?", body, username, key);
        return new Stored(201, body, false);
    }

    /** The stored response for this key, if the request it was stored for is the same one. */
    @Transactional(readOnly = true)
    public Optional<Stored> replay(String username, String key, long voteId, String option) {
        return replay(username, key, requestHash(voteId, option));
    }

    private Optional<Stored> replay(String username, String key, String request) {
        List<Object[]> rows = jdbc.query("SELECT request_hash, status, body FROM api_idempotency WHERE username = ? AND idem_key = ?",
                (rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3)}, username, key);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (!request.equals(rows.get(0)[0])) {
            throw new ApiException(ApiProblem.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for a different"
                    + " request; use a new key for a new ballot.");
        }
        return Optional.of(new Stored((Integer) rows.get(0)[1], (String) rows.get(0)[2], true));
    }

    private static String requestHash(long voteId, String option) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("cast|" + voteId + "|" + option).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

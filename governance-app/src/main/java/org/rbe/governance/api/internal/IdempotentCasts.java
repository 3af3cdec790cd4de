package org.rbe.governance.api.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.rbe.governance.api.ApiProblem;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotReceipt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.rbe.governance.security.CurrentUser;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Casts under an idempotency key: the key is claimed, the ballot cast and the response stored in one transaction, so
 * a retried request (after a timeout, a crash, a double click) gets the stored response and nothing is cast twice;
 * a failed cast stores nothing. A key reused for a different request is refused.
 *
 * <p>Casts are group-committed ({@link GroupCommit}): the casts that arrive together share one transaction, and each
 * request is answered only once that transaction has committed.
 */
@Service
class IdempotentCasts implements DisposableBean {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final JdbcTemplate jdbc;
    private final BallotBox ballots;
    private final CurrentUser currentUser;
    private final GroupCommit writers;
    private final long waitMillis;

    IdempotentCasts(JdbcTemplate jdbc, BallotBox ballots, CurrentUser currentUser, PlatformTransactionManager transactions,
                    @Value("${governance.api.cast-writers:2}") int writerThreads,
                    @Value("${governance.api.cast-queue:10000}") int queueCapacity,
                    @Value("${governance.api.cast-batch:250}") int maxBatch,
                    @Value("${governance.api.cast-wait:60s}") Duration wait) {
        this.jdbc = jdbc;
        this.ballots = ballots;
        this.currentUser = currentUser;
        this.writers = new GroupCommit("cast", new TransactionTemplate(transactions), writerThreads, queueCapacity, maxBatch);
        this.waitMillis = wait.toMillis();
    }

    /** A stored response. */
    record Stored(int status, String body, boolean replayed) {
    }

    /**
     * Claims the key and casts as {@code username}, or returns the stored response of an earlier request with this
     * key; returns once the ballot is committed.
     */
    public Stored cast(String username, String key, long voteId, String option) {
        try {
            return writers.submit(username, () -> currentUser.runAs(username, () -> castNow(username, key, voteId, option)),
                    waitMillis);
        } catch (GroupCommit.Overloaded e) {
            throw new ApiException(ApiProblem.BUSY, "The server is too busy to take the ballot now; nothing was stored."
                    + " Retry the same request (with the same Idempotency-Key) in a moment.");
        } catch (GroupCommit.StillRunning e) {
            throw new ApiException(ApiProblem.REQUEST_IN_PROGRESS, "The ballot is still being stored; retry the same"
                    + " request (with the same Idempotency-Key) to get its answer.");
        }
    }

    /** The work of one cast, inside the (batch) transaction of a writer thread. */
    private Stored castNow(String username, String key, long voteId, String option) {
        String request = requestHash(voteId, option);
        Optional<Stored> earlier = replay(username, key, request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        BallotReceipt receipt = ballots.cast(voteId, option);
        String body = json(new CastResponse(receipt.voteId(), receipt.receipt(), receipt.castAt().toString()));
        // The primary key (account, key) refuses a second claim of the key.
        jdbc.update("INSERT INTO api_idempotency (username, idem_key, request_hash, status, body, created_at)"
                + " VALUES (?, ?, ?, 201, ?, ?)", username, key, request, body, Timestamp.from(Instant.now()));
        return new Stored(201, body, false);
    }

    @Override
    public void destroy() {
        writers.close();
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

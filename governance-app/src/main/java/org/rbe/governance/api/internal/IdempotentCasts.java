package org.rbe.governance.api.internal;

import java.time.Clock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbe.governance.api.ApiProblem;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotReceipt;
import org.rbe.governance.voting.VoteClosed;
import org.springframework.context.event.EventListener;
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
 * request is answered only once that transaction has committed. In a batch the keys of all its casts are looked up in
 * one query before they run and the responses stored in one batched insert after they ran, inside the same transaction
 * (a key claimed twice in one batch is answered from the first claim; a failed insert runs each cast alone), and the
 * ballot box sends the ballot writes of the batch together ({@link BallotBox#deferWrites()}).
 */
@Service
class IdempotentCasts implements DisposableBean {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final JdbcTemplate jdbc;
    private final BallotBox ballots;
    private final CurrentUser currentUser;
    private final GroupCommit writers;
    private final long waitMillis;
    /** The batch a writer thread is running, if any (see {@link KeyBatch}). */
    private final ThreadLocal<KeyBatch> batch = new ThreadLocal<>();
    private static final String INSERT = "INSERT INTO api_idempotency (username, idem_key, request_hash, status, body,"
            + " created_at, vote_id) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final Clock clock;
    IdempotentCasts(JdbcTemplate jdbc, BallotBox ballots, CurrentUser currentUser, PlatformTransactionManager transactions,
                    @Value("${governance.api.cast-writers:2}") int writerThreads,
                    @Value("${governance.api.cast-queue:10000}") int queueCapacity,
                    @Value("${governance.api.cast-batch:250}") int maxBatch,
                    @Value("${governance.api.cast-wait:60s}") Duration wait, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.ballots = ballots;
        this.currentUser = currentUser;
        this.writers = new GroupCommit("cast", new TransactionTemplate(transactions), writerThreads, queueCapacity, maxBatch,
                new GroupCommit.Batch() {
                    @Override
                    public void begin(List<Object> requests) {
                        batch.set(new KeyBatch(requests));
                        ballots.deferWrites();
                    }

                    @Override
                    public void finish() {
                        ballots.flushWrites();
                        batch.get().store();
                    }

                    @Override
                    public void end() {
                        batch.remove();
                    }
                });
        this.waitMillis = wait.toMillis();
    }

    /** A stored response. */
    record Stored(int status, String body, boolean replayed) {
    }

    /** A cast's claim: its account and key. */
    private record Claim(String username, String key) {
    }

    /** A stored row: the request it answered and its response. */
    private record Row(String request, int status, String body) {
    }

    /**
     * The keys of one batch of casts: read at its start in one query, and the responses of its casts stored at its end
     * in one batched insert; a key claimed earlier in the batch is answered from that claim.
     */
    private final class KeyBatch {
        private final Map<Claim, Row> rows = new HashMap<>();
        private final List<Object[]> inserts = new ArrayList<>();

        KeyBatch(List<Object> requests) {
            List<String> usernames = new ArrayList<>(requests.size());
            List<String> keys = new ArrayList<>(requests.size());
            for (Object r : requests) {
                Claim c = (Claim) r;
                usernames.add(c.username());
                keys.add(c.key());
            }
            jdbc.query(con -> {
                java.sql.PreparedStatement ps = con.prepareStatement("SELECT a.username, a.idem_key, a.request_hash, a.status,"
                        + " a.body FROM api_idempotency a JOIN UNNEST(CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY))"
                        + " AS k(u, i) ON a.username = k.u AND a.idem_key = k.i");
                ps.setArray(1, con.createArrayOf("varchar", usernames.toArray()));
                ps.setArray(2, con.createArrayOf("varchar", keys.toArray()));
                return ps;
            }, rs -> {
                rows.put(new Claim(rs.getString(1), rs.getString(2)), new Row(rs.getString(3), rs.getInt(4), rs.getString(5)));
            });
        }

        Optional<Stored> replay(String username, String key, String request) {
            Row row = rows.get(new Claim(username, key));
            return row == null ? Optional.empty() : Optional.of(stored(row.request(), request, row.status(), row.body()));
        }

        void add(String username, String key, String request, String body, long voteId) {
            rows.put(new Claim(username, key), new Row(request, 201, body));
            inserts.add(new Object[] {username, key, request, 201, body, Timestamp.from(clock.instant()), voteId});
        }

        void store() {
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate(INSERT, inserts);
            }
        }
    }

    /**
     * Claims the key and casts as {@code username}, or returns the stored response of an earlier request with this
     * key; returns once the ballot is committed.
     */
    public Stored cast(String username, String key, long voteId, String option) {
        try {
            String request = requestHash(voteId, option);
            return writers.submit(username, new Claim(username, key),
                    () -> currentUser.runAs(username, () -> castNow(username, key, voteId, option, request)), waitMillis);
        } catch (GroupCommit.Overloaded e) {
            throw new ApiException(ApiProblem.BUSY, "The server is too busy to take the ballot now; nothing was stored."
                    + " Retry the same request (with the same Idempotency-Key) in a moment.");
        } catch (GroupCommit.StillRunning e) {
            throw new ApiException(ApiProblem.REQUEST_IN_PROGRESS, "The ballot is still being stored; retry the same"
                    + " request (with the same Idempotency-Key) to get its answer.");
        }
    }

    /** The work of one cast, inside the (batch) transaction of a writer thread. */
    private Stored castNow(String username, String key, long voteId, String option, String request) {
        KeyBatch keys = batch.get();
        Optional<Stored> earlier = keys != null ? keys.replay(username, key, request) : replay(username, key, request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        BallotReceipt receipt = ballots.cast(voteId, option);
        String body = json(new CastResponse(receipt.voteId(), receipt.receipt(), receipt.castAt().toString()));
        // The primary key (account, key) refuses a second claim of the key.
        if (keys != null) {
            keys.add(username, key, request, body, voteId);
        } else {
            jdbc.update(INSERT, username, key, request, 201, body, Timestamp.from(clock.instant()), voteId);
        }
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
        return Optional.of(stored((String) rows.get(0)[0], request, (Integer) rows.get(0)[1], (String) rows.get(0)[2]));
    }

    /**
     * When a secret vote closes, the answers stored for its casts are unlinked: the receipt and the request hash (which
     * encodes the option) are blanked, so that no row joins an account to a receipt or a choice; a replay of such a key
     * answers 410, as "my receipt" does. Named votes keep theirs. Runs in the close's transaction.
     */
    @EventListener
    void unlink(VoteClosed closed) {
        if (!closed.namedBallots()) {
            jdbc.update("UPDATE api_idempotency SET request_hash = '', body = '', status = ? WHERE vote_id = ?",
                    ApiProblem.RECEIPT_FORGOTTEN.status(), closed.voteId());
        }
    }

    /** The response stored for {@code storedRequest}, replayed for {@code request}, which must be the same request. */
    private static Stored stored(String storedRequest, String request, int status, String body) {
        if (status == ApiProblem.RECEIPT_FORGOTTEN.status()) {
            throw new ApiException(ApiProblem.RECEIPT_FORGOTTEN, "This vote has closed and its ballots are secret: the"
                    + " server no longer knows which receipt was yours. Check your receipt with the copy you kept.");
        }
        if (!request.equals(storedRequest)) {
            throw new ApiException(ApiProblem.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for a different"
                    + " request; use a new key for a new ballot.");
        }
        return new Stored(status, body, true);
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

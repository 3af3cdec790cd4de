package org.rbe.governance.ledger.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerChain;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.ledger.LedgerHead;
import org.rbe.governance.ledger.LedgerJson;
import org.rbe.governance.ledger.LedgerVerification;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger in {@code ledger_entry} and {@code ledger_head}. Entries of a transaction are collected and written
 * in its before-commit phase under a row lock on {@code ledger_head}: the lock is held only for the last moment of
 * each transaction, and the chain follows commit order without gaps.
 */
@Service
class JdbcAuditLedger implements AuditLedger {
    static final String COLUMNS = "seq, recorded_at, entry_type, subject, payload, prev_hash, entry_hash";
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private final JdbcTemplate jdbc;
    /** For reading the whole chain: large fetches (and, on PostgreSQL, a cursor inside the transaction). */
    private final JdbcTemplate streaming;
    private final TransactionTemplate tx;
    private final Clock clock;

    JdbcAuditLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(5000);
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void append(String type, String subject, Map<String, ?> payload) {
        if (type == null || !type.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw new IllegalArgumentException("A ledger entry type is upper case, at most 40 characters: " + type);
        }
        if (subject == null || subject.length() > 200 || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("A ledger subject is one line of at most 200 characters: " + subject);
        }
        Pending entry = new Pending(type, subject, json(payload));
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            batch().entries.add(entry);
        } else {
            tx.executeWithoutResult(status -> write(List.of(entry)));
        }
    }

    @Override
    public LedgerHead head() {
        return jdbc.queryForObject("SELECT seq, entry_hash FROM ledger_head WHERE id = 1",
                (rs, i) -> new LedgerHead(rs.getLong(1), rs.getString(2)));
    }

    @Override
    public LedgerVerification verify() {
        return tx.execute(status -> {
            LedgerChain.Verifier verifier = new LedgerChain.Verifier();
            LedgerHead head = head();
            streaming.query("SELECT " + COLUMNS + " FROM ledger_entry ORDER BY seq", rs -> {
                verifier.accept(row(rs, 0));
            });
            return verifier.result(head);
        });
    }

    @Override
    public List<LedgerEntry> entries(long fromSeq, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ledger_entry WHERE seq >= ? ORDER BY seq FETCH FIRST " + Math.max(0, limit)
                + " ROWS ONLY", JdbcAuditLedger::row, fromSeq);
    }

    @Override
    public List<LedgerEntry> latest(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ledger_entry ORDER BY seq DESC FETCH FIRST " + Math.max(0, limit)
                + " ROWS ONLY", JdbcAuditLedger::row);
    }

    @Override
    public void export(Writer out) throws IOException {
        try {
            tx.executeWithoutResult(status -> streaming.query("SELECT " + COLUMNS + " FROM ledger_entry ORDER BY seq", rs -> {
                try {
                    out.write(LedgerJson.line(row(rs, 0)));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Appends {@code entries} under the head lock, in the current transaction. */
    private void write(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        LedgerHead head = jdbc.queryForObject("SELECT seq, entry_hash FROM ledger_head WHERE id = 1 FOR UPDATE",
                (rs, i) -> new LedgerHead(rs.getLong(1), rs.getString(2)));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long seq = head.entries();
        String prev = head.hash();
        List<Object[]> rows = new ArrayList<>();
        for (Pending p : entries) {
            seq++;
            String hash = LedgerChain.hash(seq, now, p.type, p.subject, prev, p.payload);
            rows.add(new Object[] {seq, Timestamp.from(now), p.type, p.subject, p.payload, prev, hash});
            prev = hash;
        }
        if (rows.size() == 1) {
            jdbc.update("INSERT INTO ledger_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", rows.get(0));
        } else {
            jdbc.batchUpdate("INSERT INTO ledger_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        }
        jdbc.update("UPDATE ledger_head SET seq = ?, entry_hash = ? WHERE id = 1", seq, prev);
    }

    private Batch batch() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Batch b && b.owner == this) {
                return b;
            }
        }
        Batch b = new Batch(this);
        TransactionSynchronizationManager.registerSynchronization(b);
        return b;
    }

    static LedgerEntry row(ResultSet rs, int i) throws SQLException {
        return new LedgerEntry(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7));
    }

    private static String json(Map<String, ?> payload) {
        try {
            return JSON.writeValueAsString(payload == null ? Map.of() : payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A ledger payload must be plain JSON data", e);
        }
    }

    private record Pending(String type, String subject, String payload) {
    }

    /** The entries of one transaction, written as it is about to commit (after every other participant). */
    private static final class Batch implements TransactionSynchronization {
        private final JdbcAuditLedger owner;
        private final List<Pending> entries = new ArrayList<>();

        Batch(JdbcAuditLedger owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.write(entries);
            entries.clear();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}

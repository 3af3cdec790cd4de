package org.rbe.governance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rbe.governance.ledger.internal.LedgerVerifyMode;

/**
 * Verifying a ledger of 1,000,000 entries with {@code ledger-verify --db}: on an H2 file database, and on PostgreSQL
 * when the build points the tests at one (in its own schema there). Prints BENCH lines.
 */
@Tag("bench")
class LedgerVerifyBench {
    private static final int ENTRIES = 1_000_000;

    @Test
    void verifyingAMillionEntryLedger() throws Exception {
        Path dir = Path.of("target/ledger-bench");
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("ledger.mv.db"));
        String h2 = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("ledger") + ";MODE=LEGACY";
        measure("H2", h2, "sa", "", null);
        String url = System.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            String user = System.getProperty("spring.datasource.username", "governance");
            String password = System.getProperty("spring.datasource.password", "governance");
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS ledger_bench CASCADE");
                s.execute("CREATE SCHEMA ledger_bench");
            }
            measure("PostgreSQL", url + (url.contains("?") ? "&" : "?") + "currentSchema=ledger_bench", user, password,
                    "ledger_bench");
        }
    }

    private static void measure(String database, String url, String user, String password, String schema) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            fill(c);
        }
        double fill = (System.nanoTime() - t0) / 1e9;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Method run = LedgerVerifyMode.class.getDeclaredMethod("run", String[].class, PrintStream.class, PrintStream.class);
        run.setAccessible(true);
        long t1 = System.nanoTime();
        int code = (int) run.invoke(new LedgerVerifyMode(), new String[] {"--db", url, "--user", user, "--password", password},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        double verify = (System.nanoTime() - t1) / 1e9;
        String line = out.toString(StandardCharsets.UTF_8).trim();
        System.out.printf(Locale.ROOT, "BENCH ledger-verify %s: %d entries verified in %.2f s (filled in %.1f s): %s%n",
                database, ENTRIES, verify, fill, line);
        assertThat(code).as(line).isZero();
        assertThat(line).startsWith("OK " + ENTRIES + " ");
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** A chain of ballot-receipt entries, as the ledger writes them. */
    private static void fill(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ledger_entry (seq BIGINT NOT NULL PRIMARY KEY, recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " entry_type VARCHAR(40) NOT NULL, subject VARCHAR(200) NOT NULL, payload VARCHAR(16000) NOT NULL,"
                    + " prev_hash VARCHAR(64) NOT NULL, entry_hash VARCHAR(64) NOT NULL)");
            s.execute("CREATE TABLE ledger_head (id INTEGER NOT NULL PRIMARY KEY, seq BIGINT NOT NULL, entry_hash VARCHAR(64) NOT NULL)");
        }
        c.setAutoCommit(false);
        String prev = LedgerChain.GENESIS;
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        HexFormat hex = HexFormat.of();
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_entry (seq, recorded_at, entry_type, subject,"
                + " payload, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int seq = 1; seq <= ENTRIES; seq++) {
                Instant time = at.plusMillis(seq);
                String payload = "{\"receipt\":\"" + hex.formatHex(sha.digest(Integer.toString(seq).getBytes())) + "\"}";
                String subject = "vote:" + (1 + seq / 500);
                String hash = LedgerChain.hash(seq, time, "BALLOT_RECEIPT", subject, prev, payload);
                insert.setLong(1, seq);
                insert.setTimestamp(2, Timestamp.from(time));
                insert.setString(3, "BALLOT_RECEIPT");
                insert.setString(4, subject);
                insert.setString(5, payload);
                insert.setString(6, prev);
                insert.setString(7, hash);
                insert.addBatch();
                prev = hash;
                if (seq % 10_000 == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
        }
        try (PreparedStatement head = c.prepareStatement("INSERT INTO ledger_head (id, seq, entry_hash) VALUES (1, ?, ?)")) {
            head.setLong(1, ENTRIES);
            head.setString(2, prev);
            head.executeUpdate();
        }
        c.commit();
    }
}

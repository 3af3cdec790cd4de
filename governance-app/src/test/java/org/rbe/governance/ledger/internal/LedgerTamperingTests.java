package org.rbe.governance.ledger.internal;

import org.rbe.governance.testing.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.ledger.LedgerChain;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.ledger.LedgerHead;
import org.rbe.governance.ledger.LedgerJson;
import org.rbe.governance.ledger.LedgerVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Every kind of tampering with the ledger table is detected, and the first bad entry is named. */
class LedgerTamperingTests {
    private static int databases;
    private String url;
    private DataSource dataSource;
    private JdbcTemplate jdbc;
    private JdbcAuditLedger ledger;
    private TransactionTemplate tx;

    @BeforeEach
    void freshLedger() {
        url = "jdbc:h2:mem:ledger-tamper-" + (++databases) + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
        dataSource = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        ledger = new JdbcAuditLedger(jdbc, transactions, new MovableClock());
        tx = new TransactionTemplate(transactions);
        for (int i = 1; i <= 10; i++) {
            ledger.append("TEST_EVENT", "thing:" + i, Map.of("n", i, "text", "entry " + i));
        }
    }

    @Test
    void anUntouchedLedgerVerifiesWithItsHead() throws Exception {
        LedgerVerification v = ledger.verify();
        LedgerHead head = ledger.head();
        assertThat(v.ok()).isTrue();
        assertThat(v.line()).isEqualTo("OK 10 " + head.hash());
        assertThat(head.entries()).isEqualTo(10);
        assertThat(cli("--db", url)).isEqualTo("0 OK 10 " + head.hash());
        assertThat(ledger.entries(1, 3)).extracting(LedgerEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(ledger.entries(1, 1).get(0).prevHash()).isEqualTo(LedgerChain.GENESIS);
        assertThat(ledger.latest(2)).extracting(LedgerEntry::seq).containsExactly(10L, 9L);
        assertThat(ledger.entries(4, 1).get(0).payload()).isEqualTo("{\"n\":4,\"text\":\"entry 4\"}");
    }

    @Test
    void anEditedPayloadIsNamed() throws Exception {
        jdbc.update("UPDATE ledger_entry SET payload = '{\"n\":4,\"text\":\"entry four\"}' WHERE seq = 4");
        assertBroken(4, "does not match its hash");
        assertThat(cli("--db", url)).startsWith("1 BROKEN at entry 4:");
    }

    @Test
    void anEditWithARecomputedHashBreaksTheLinkToTheNextEntry() {
        LedgerEntry e = ledger.entries(4, 1).get(0);
        String forged = LedgerChain.hash(e.seq(), e.recordedAt(), e.type(), e.subject(), e.prevHash(), "{\"n\":44}");
        jdbc.update("UPDATE ledger_entry SET payload = '{\"n\":44}', entry_hash = ? WHERE seq = 4", forged);
        assertBroken(5, "does not follow entry 4");
    }

    @Test
    void aChangedTimeOrTypeIsNamed() {
        jdbc.update("UPDATE ledger_entry SET recorded_at = ? WHERE seq = 2", Timestamp.valueOf("2020-01-01 00:00:00"));
        assertBroken(2, "does not match its hash");
    }

    @Test
    void aDeletedEntryIsNamed() {
        jdbc.update("DELETE FROM ledger_entry WHERE seq = 6");
        assertBroken(6, "entry 6 is missing");
    }

    @Test
    void aDeletedLastEntryIsCaughtByTheHead() {
        jdbc.update("DELETE FROM ledger_entry WHERE seq = 10");
        assertBroken(10, "entry 10 is missing: the head records 10 entries");
    }

    @Test
    void anEntryAppendedBehindTheLedgersBackIsNamed() {
        LedgerEntry last = ledger.entries(10, 1).get(0);
        insert(new LedgerEntry(11, last.recordedAt(), "TEST_EVENT", "thing:11", "{}", last.hash(),
                LedgerChain.hash(11, last.recordedAt(), "TEST_EVENT", "thing:11", last.hash(), "{}")));
        assertBroken(11, "was not appended through the ledger");
    }

    @Test
    void anEntryInsertedInTheMiddleIsNamed() {
        jdbc.update("UPDATE ledger_entry SET seq = seq + 100 WHERE seq >= 6");
        jdbc.update("UPDATE ledger_entry SET seq = seq - 99 WHERE seq >= 106");
        LedgerEntry five = ledger.entries(5, 1).get(0);
        insert(new LedgerEntry(6, five.recordedAt(), "TEST_EVENT", "forged", "{}", five.hash(),
                LedgerChain.hash(6, five.recordedAt(), "TEST_EVENT", "forged", five.hash(), "{}")));
        // the forged entry itself chains well; the entry pushed behind it no longer matches its own position
        assertBroken(7, "does not match its hash");
    }

    @Test
    void twoEntriesSwappedAreNamed() {
        jdbc.update("UPDATE ledger_entry SET seq = -3 WHERE seq = 3");
        jdbc.update("UPDATE ledger_entry SET seq = 3 WHERE seq = 4");
        jdbc.update("UPDATE ledger_entry SET seq = 4 WHERE seq = -3");
        assertBroken(3, "does not match its hash");
    }

    @Test
    void theJsonLinesExportVerifiesOnItsOwnAndAnEditedLineIsNamed(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        ledger.export(out);
        Path file = dir.resolve("ledger.jsonl");
        Files.writeString(file, out.toString());
        assertThat(out.toString().lines()).hasSize(10);
        assertThat(LedgerJson.parse(out.toString().lines().findFirst().orElseThrow())).isEqualTo(ledger.entries(1, 1).get(0));
        assertThat(cli("--file", file.toString())).isEqualTo("0 OK 10 " + ledger.head().hash());

        Files.writeString(file, out.toString().replace("entry 7", "entry 8"));
        assertThat(cli("--file", file.toString())).startsWith("1 BROKEN at entry 7:");
        List<String> lines = new ArrayList<>(out.toString().lines().toList());
        lines.remove(2);
        Files.write(file, lines);
        assertThat(cli("--file", file.toString())).startsWith("1 BROKEN at entry 3: entry 3 is missing");

        // the readable time is covered too: it must say what the hashed milliseconds say
        List<String> retimed = new ArrayList<>(out.toString().lines().toList());
        retimed.set(4, retimed.get(4).replaceFirst("\"recordedAt\":\"([^\"]*)Z\"", "\"recordedAt\":\"$1Zx\""));
        Files.write(file, retimed);
        assertThat(cli("--file", file.toString())).startsWith("1 BROKEN at entry 5: line 5:");
        retimed.set(4, out.toString().lines().toList().get(4).replaceFirst("\"recordedAt\":\"20", "\"recordedAt\":\"19"));
        Files.write(file, retimed);
        assertThat(cli("--file", file.toString())).startsWith("1 BROKEN at entry 5: line 5: Not a ledger line: recordedAt 19");
    }

    @Test
    void entriesOfARolledBackTransactionAreNotWrittenAndATransactionsEntriesStayTogether() {
        try {
            tx.executeWithoutResult(s -> {
                ledger.append("TEST_EVENT", "rolled-back", Map.of());
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        tx.executeWithoutResult(s -> {
            ledger.append("TEST_EVENT", "a", Map.of());
            ledger.append("TEST_EVENT", "b", Map.of());
        });
        assertThat(ledger.head().entries()).isEqualTo(12);
        assertThat(ledger.entries(11, 5)).extracting(LedgerEntry::subject).containsExactly("a", "b");
        assertThat(ledger.verify().ok()).isTrue();
    }

    @Test
    void concurrentAppendsFromManyThreadsFormOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    int n = i;
                    tx.executeWithoutResult(s -> ledger.append("TEST_EVENT", "thread:" + thread, Map.of("i", n)));
                }
            }));
        }
        for (Future<?> f : work) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(ledger.verify().line()).startsWith("OK 810 ");
    }

    @Test
    void badInputIsRefused() throws Exception {
        assertThat(cli("--db")).startsWith("2 ");
        assertThat(cli("--what", "x")).startsWith("2 ");
        assertThat(cli("--file", "/nonexistent/ledger.jsonl")).startsWith("2 ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ledger.append("bad type", "x", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ledger.append("OK", "two\nlines", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertBroken(long seq, String problem) {
        LedgerVerification v = ledger.verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.badSeq()).as(v.line()).isEqualTo(seq);
        assertThat(v.problem()).contains(problem);
        try (Connection c = dataSource.getConnection()) {
            assertThat(LedgerVerifyMode.verify(c)).isEqualTo(v);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insert(LedgerEntry e) {
        jdbc.update("INSERT INTO ledger_entry (" + JdbcAuditLedger.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", e.seq(),
                Timestamp.from(e.recordedAt()), e.type(), e.subject(), e.payload(), e.prevHash(), e.hash());
    }

    /** Runs the command-line mode; returns its exit code and the line it printed. */
    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new LedgerVerifyMode().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return code + " " + (out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).trim();
    }
}

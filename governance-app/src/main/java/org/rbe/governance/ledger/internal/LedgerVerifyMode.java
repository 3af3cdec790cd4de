package org.rbe.governance.ledger.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.rbe.governance.ledger.LedgerChain;
import org.rbe.governance.ledger.LedgerHead;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.ledger.LedgerJson;
import org.rbe.governance.ledger.LedgerVerification;
import org.rbe.governance.shared.CommandLineMode;

/**
 * {@code ledger-verify [--db URL [--user U] [--password P]] | --file ledger.jsonl}: re-computes the chain straight
 * from the database (plain JDBC, the application is not started) or from a JSON-lines export, prints
 * {@code OK <entries> <head hash>} and exits 0, or prints the first bad entry and exits 1 (2 for a usage or
 * connection error).
 */
public class LedgerVerifyMode implements CommandLineMode {
    static final String DEFAULT_DB = "jdbc:h2:file:./data/governance;MODE=LEGACY";

    @Override
    public String name() {
        return "ledger-verify";
    }

    @Override
    public String usage() {
        return "ledger-verify [--db URL] [--user U --password P] | [--file ledger.jsonl]"
                + "    re-compute the audit ledger's hash chain: OK <entries> <head>, or the first bad entry (exit 1)";
    }

    @Override
    public int run(String[] args) {
        return run(args, System.out, System.err);
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        String db = null;
        String file = null;
        String user = null;
        String password = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--db" -> db = value;
                case "--file" -> file = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                default -> {
                    err.println("Unknown argument " + args[i] + ". Usage: java -jar governance-app.jar " + usage());
                    return 2;
                }
            }
            if (value == null) {
                err.println("Missing value after " + args[i]);
                return 2;
            }
            i++;
        }
        try {
            LedgerVerification result;
            if (file != null) {
                result = verifyFile(file.equals("-") ? null : Path.of(file));
            } else {
                String url = db == null ? DEFAULT_DB : db;
                boolean postgres = url.startsWith("jdbc:postgresql:");
                if (user == null) {
                    user = postgres ? env("GOVERNANCE_DB_USER", "governance") : "sa";
                }
                if (password == null) {
                    password = postgres ? env("GOVERNANCE_DB_PASSWORD", "governance") : "";
                }
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    result = verify(c);
                }
            }
            (result.ok() ? out : err).println(result.line());
            return result.ok() ? 0 : 1;
        } catch (SQLException | IOException | IllegalArgumentException e) {
            err.println("Cannot read the ledger: " + e.getMessage());
            return 2;
        }
    }

    /** Verifies the ledger tables over a JDBC connection, streaming the entries in sequence order. */
    public static LedgerVerification verify(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            LedgerHead head;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT seq, entry_hash FROM ledger_head WHERE id = 1")) {
                head = rs.next() ? new LedgerHead(rs.getLong(1), rs.getString(2)) : null;
            }
            LedgerChain.Verifier verifier = new LedgerChain.Verifier();
            try (PreparedStatement s = c.prepareStatement("SELECT " + JdbcAuditLedger.COLUMNS + " FROM ledger_entry ORDER BY seq")) {
                s.setFetchSize(5000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next() && verifier.accept(JdbcAuditLedger.row(rs, 0))) {
                        // the verifier stops at the first bad entry
                    }
                }
            }
            return verifier.result(head);
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    /** Verifies a JSON-lines export ({@code null}: standard input). */
    static LedgerVerification verifyFile(Path file) throws IOException {
        LedgerChain.Verifier verifier = new LedgerChain.Verifier();
        try (BufferedReader in = file == null ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                LedgerEntry entry;
                try {
                    entry = LedgerJson.parse(line);
                } catch (IllegalArgumentException e) {
                    return new LedgerVerification(false, number - 1, null, number, "line " + number + ": " + e.getMessage());
                }
                if (!verifier.accept(entry)) {
                    break;
                }
            }
        }
        return verifier.result(null);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

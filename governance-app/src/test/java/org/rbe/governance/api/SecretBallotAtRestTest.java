package org.rbe.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotReceipt;
import org.rbe.governance.voting.OpenVoteFixture;
import org.rbe.governance.voting.VoteRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secret ballot at rest: after a secret vote closes, no row of any table (listed from the database's own
 * catalogue, so a table added later is covered too) holds a voter's identity together with their receipt, their
 * ballot's nonce or their choice, and no two rows are joined by a shared random key so that one holds the identity and
 * the other the secret. Ballots are cast both as the screen casts them and over the REST API with idempotency keys.
 * Before the close the same scan must find the links that the open vote needs (so the scan can fail). No log line
 * carries a receipt.
 */
@Tag("database")
class SecretBallotAtRestTest extends ApiTestSupport {
    /** Random keys that could join two rows: long runs of letters, digits, '-' and '_'. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{20,}");
    /** The ledger's chain links each entry to the one before; public, and not a link between a voter and a ballot. */
    private static final Set<String> CHAIN_COLUMNS = Set.of("LEDGER_ENTRY.PREV_HASH", "LEDGER_ENTRY.ENTRY_HASH",
            "LEDGER_HEAD.ENTRY_HASH");
    @Autowired
    Sortition sortition;
    @Autowired
    BallotBox ballots;
    @Autowired
    JdbcTemplate jdbc;

    private record Voter(String username, String fullName, long citizenId, String option, String receipt, String nonce) {
    }

    private record Row(String table, Map<String, String> values) {
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void afterTheCloseNoRowLinksAVoterToTheirReceiptNonceOrChoice(CapturedOutput log) {
        OpenVoteFixture vote = OpenVoteFixture.open(this, people, sortition, ballots, currentUser, "Secrecy at rest",
                VoteRules.standard(), clock.instant().plus(Duration.ofHours(2)));
        List<Voter> voters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            MemberView juror = vote.jurors().get(i);
            String option = vote.options().get(i % vote.options().size());
            String receipt;
            if (i % 2 == 0) {
                var cast = cast(juror.username(), vote.voteId(), "secrecy-" + i, "{\"option\":\"" + option + "\"}");
                assertThat(cast.statusCode()).as(cast.body()).isEqualTo(201);
                receipt = json(cast).get("receipt").asText();
                assertThat(get("/api/votes/" + vote.voteId() + "/my-receipt", juror.username()).statusCode()).isEqualTo(200);
            } else {
                receipt = currentUser.runAs(juror.username(), () -> ballots.cast(vote.voteId(), option)).receipt();
            }
            String nonce = jdbc.queryForObject("SELECT nonce FROM ballot WHERE receipt = ?", String.class, receipt);
            String fullName = jdbc.queryForObject("SELECT full_name FROM citizen WHERE id = ?", String.class, juror.citizenId());
            voters.add(new Voter(juror.username(), fullName, juror.citizenId(), option, receipt, nonce));
        }

        assertThat(links(vote.voteId(), voters)).as("while open, the API's stored answers name the voter's receipt")
                .anyMatch(l -> l.contains("API_IDEMPOTENCY"));

        jdbc.update("UPDATE vote_round SET deadline = ? WHERE id = ?", Timestamp.from(clock.instant().minusSeconds(1)), vote.voteId());
        currentUser.runAs("admin", () -> ballots.close(vote.voteId()));

        assertThat(links(vote.voteId(), voters)).isEmpty();
        var replay = cast(voters.get(0).username(), vote.voteId(), "secrecy-0", "{\"option\":\"" + voters.get(0).option() + "\"}");
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(410);
        assertThat(json(replay).get("type").asText()).isEqualTo("/api/problems/receipt-forgotten");
        assertThat(replay.body()).doesNotContain(voters.get(0).receipt());
        assertThat(get("/api/votes/" + vote.voteId() + "/my-receipt", voters.get(0).username()).statusCode()).isEqualTo(410);
        for (Voter v : voters) {
            assertThat(log.getAll()).as("the log never carries a receipt").doesNotContain(v.receipt());
        }
    }

    /** Every link found between a voter and their secret, described as "TABLE[.TABLE]: voter". */
    private List<String> links(long voteId, List<Voter> voters) {
        List<Row> rows = everyRow();
        List<String> found = new ArrayList<>();
        for (Voter v : voters) {
            List<Row> identity = rows.stream().filter(r -> names(r, v)).toList();
            List<Row> secret = rows.stream().filter(r -> holdsSecret(r, v, voteId)).toList();
            for (Row r : identity) {
                if (secret.contains(r)) {
                    found.add(r.table() + ": " + v.username());
                }
            }
            for (Row r : secret) {
                Set<String> shared = keys(List.of(r));
                shared.retainAll(keys(identity.stream().filter(other -> other != r).toList()));
                shared.removeAll(Set.of(v.receipt(), String.valueOf(v.nonce())));
                if (!shared.isEmpty()) {
                    found.add(r.table() + " joined by a key to a row naming " + v.username());
                }
            }
        }
        return found;
    }

    private static boolean names(Row r, Voter v) {
        for (Map.Entry<String, String> e : r.values().entrySet()) {
            String value = e.getValue();
            String column = e.getKey();
            if (value.equals(v.username()) || value.equals(v.fullName()) || value.contains("\"" + v.username() + "\"")
                    || (value.equals(String.valueOf(v.citizenId()))
                        && column.matches(".*(CITIZEN|VOTER|JUROR|MEMBER|PERSON|USER).*"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsSecret(Row r, Voter v, long voteId) {
        boolean ofThisVote = false;
        boolean choice = false;
        for (Map.Entry<String, String> e : r.values().entrySet()) {
            String value = e.getValue();
            if (value.contains(v.receipt()) || (v.nonce() != null && value.contains(v.nonce()))) {
                return true;
            }
            ofThisVote |= e.getKey().contains("VOTE") && value.equals(String.valueOf(voteId));
            choice |= e.getKey().matches(".*(OPTION|CHOICE|CHOSEN|SELECTION).*") && value.equals(v.option());
        }
        return ofThisVote && choice;
    }

    private static Set<String> keys(List<Row> rows) {
        Set<String> keys = new HashSet<>();
        for (Row r : rows) {
            r.values().forEach((column, value) -> {
                if (!CHAIN_COLUMNS.contains(r.table() + "." + column)) {
                    Matcher m = KEY.matcher(value);
                    while (m.find()) {
                        keys.add(m.group());
                    }
                }
            });
        }
        return keys;
    }

    /** Every row of every table of the application's schema, each value as text (binary as UTF-8). */
    private List<Row> everyRow() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                + " CURRENT_SCHEMA AND table_type = 'BASE TABLE'", String.class);
        assertThat(tables).as("the catalogue lists the application's tables").contains(tableName("ballot"),
                tableName("api_idempotency"), tableName("ledger_entry"));
        List<Row> rows = new ArrayList<>();
        for (String table : tables) {
            jdbc.query("SELECT * FROM \"" + table + "\"", rs -> {
                var meta = rs.getMetaData();
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    Object o = rs.getObject(c);
                    if (o != null) {
                        values.put(meta.getColumnLabel(c).toUpperCase(), o instanceof byte[] b
                                ? new String(b, StandardCharsets.UTF_8) : String.valueOf(o));
                    }
                }
                rows.add(new Row(table.toUpperCase(), values));
            });
        }
        return rows;
    }

    /** How the catalogue spells a table: upper case in H2, lower case in PostgreSQL. */
    private String tableName(String table) {
        String schema = jdbc.queryForObject("SELECT CURRENT_SCHEMA", String.class);
        return schema != null && schema.equals(schema.toLowerCase()) ? table : table.toUpperCase();
    }
}

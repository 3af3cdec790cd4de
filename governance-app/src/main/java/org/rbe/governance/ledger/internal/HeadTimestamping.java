package org.rbe.governance.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.ledger.LedgerHead;
import org.rbe.governance.minutes.Timestamps;
import org.rbe.governance.shared.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Countersigns the ledger's head with an RFC 3161 timestamp every day, when a timestamp authority is configured: the
 * token is over SHA-256 of the head hash (its 64 hex characters), kept in {@code ledger_timestamp}, published at
 * {@code /public/ledger/timestamps} and announced in the chain itself. Whoever kept a token can show that the chain
 * up to that entry existed that day, so a later rewrite of the whole chain is detectable. A head that is itself such an
 * announcement is not stamped again: nothing has happened since.
 */
@Component
class HeadTimestamping {
    static final String TYPE = "LEDGER_HEAD_TIMESTAMPED";
    private final AuditLedger ledger;
    private final Timestamps timestamps;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    HeadTimestamping(AuditLedger ledger, Timestamps timestamps, JdbcTemplate jdbc, Clock clock) {
        this.ledger = ledger;
        this.timestamps = timestamps;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A stored countersignature. */
    record Stamp(long seq, String headHash, String authority, String token, String stampedAt) {
    }

    @Scheduled(cron = "${governance.ledger.timestamp-cron:0 45 3 * * *}", zone = "UTC")
    void daily() {
        stamp();
    }

    /** Stamps the current head unless there is nothing new to stamp; the sequence number stamped, if any. */
    Optional<Long> stamp() {
        if (!timestamps.configured()) {
            return Optional.empty();
        }
        LedgerHead head = ledger.head();
        List<LedgerEntry> last = head.entries() == 0 ? List.of() : ledger.entries(head.entries(), 1);
        if (last.isEmpty() || TYPE.equals(last.get(0).type())
                || jdbc.queryForObject("SELECT COUNT(*) FROM ledger_timestamp WHERE seq = ?", Integer.class, head.entries()) > 0) {
            return Optional.empty();
        }
        byte[] token = timestamps.token(Sha256.of(head.hash().getBytes(StandardCharsets.US_ASCII)));
        jdbc.update("INSERT INTO ledger_timestamp (seq, entry_hash, authority, token, stamped_at) VALUES (?, ?, ?, ?, ?)",
                head.entries(), head.hash(), timestamps.authority(), Base64.getEncoder().encodeToString(token),
                Timestamp.from(clock.instant()));
        ledger.append(TYPE, "ledger", Map.of("seq", head.entries(), "headHash", head.hash(),
                "authority", timestamps.authority(), "tokenSha256", Sha256.hex(token)));
        return Optional.of(head.entries());
    }

    /** Every countersignature, oldest first. */
    List<Stamp> all() {
        return jdbc.query("SELECT seq, entry_hash, authority, token, stamped_at FROM ledger_timestamp ORDER BY seq",
                (rs, i) -> new Stamp(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant().toString()));
    }
}

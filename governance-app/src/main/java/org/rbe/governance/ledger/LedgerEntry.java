package org.rbe.governance.ledger;

import java.time.Instant;

/** One entry of the ledger as stored and exported; {@code payload} is the exact JSON text that was hashed. */
public record LedgerEntry(long seq, Instant recordedAt, String type, String subject, String payload, String prevHash,
                          String hash) {
}

package org.rbe.governance.ledger;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The hash-chained audit log. Modules usually need not call it: it listens to their events. Use {@link #append}
 * for a legitimacy-relevant fact that has no event (or publish an event implementing
 * {@link org.rbe.governance.shared.Audited}).
 */
public interface AuditLedger {
    /**
     * Appends an entry. Inside a transaction the entry is written just before that transaction commits (and not at
     * all if it rolls back); outside one, at once. {@code type} and {@code subject} must not contain line breaks;
     * the payload is stored as JSON with sorted keys.
     */
    void append(String type, String subject, Map<String, ?> payload);

    /** The last entry's sequence number and hash; print it in the minutes. */
    LedgerHead head();

    /** Re-computes the whole chain against the stored head. */
    LedgerVerification verify();

    /** Up to {@code limit} entries from sequence {@code fromSeq} on, ascending. */
    List<LedgerEntry> entries(long fromSeq, int limit);

    /** The last {@code limit} entries, newest first. */
    List<LedgerEntry> latest(int limit);

    /** Writes every entry as one JSON object per line, ascending (see {@link LedgerJson}). */
    void export(Writer out) throws IOException;
}

package org.rbe.governance.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The chain's rule, pure so that the service, the command line and anyone else compute it alike: the hash of an
 * entry, and a verifier that takes the entries in sequence order and stops at the first bad one.
 */
public final class LedgerChain {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });

    private LedgerChain() {
    }

    /** {@code SHA-256("ledger-v1\n" + seq + "\n" + epochMillis + "\n" + type + "\n" + subject + "\n" + prevHash + "\n" + payload)}. */
    public static String hash(long seq, Instant recordedAt, String type, String subject, String prevHash, String payload) {
        String text = "ledger-v1\n" + seq + "\n" + recordedAt.toEpochMilli() + "\n" + type + "\n" + subject + "\n" + prevHash
                + "\n" + payload;
        return HexFormat.of().formatHex(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static String hash(LedgerEntry e) {
        return hash(e.seq(), e.recordedAt(), e.type(), e.subject(), e.prevHash(), e.payload());
    }

    /** Checks entries fed in ascending sequence order; after the first problem it ignores the rest. */
    public static final class Verifier {
        private long expected = 1;
        private String previous = GENESIS;
        private Long badSeq;
        private String problem;

        /** Takes the next entry; returns false once the chain is broken (at this entry or before). */
        public boolean accept(LedgerEntry e) {
            if (problem != null) {
                return false;
            }
            if (e.seq() > expected) {
                return fail(expected, "entry " + expected + " is missing (the next stored entry is " + e.seq() + ")");
            }
            if (e.seq() < expected) {
                return fail(e.seq(), "entry " + e.seq() + " appears again or out of order after entry " + (expected - 1));
            }
            if (!hash(e).equals(e.hash())) {
                return fail(e.seq(), "its content does not match its hash: it was changed after it was written"
                        + " (or moved from another position)");
            }
            if (!e.prevHash().equals(previous)) {
                return fail(e.seq(), "it does not follow entry " + (e.seq() - 1) + ": its previous hash " + e.prevHash()
                        + " is not " + previous + " (an entry before it was changed, inserted or removed)");
            }
            previous = e.hash();
            expected++;
            return true;
        }

        /**
         * The verdict; {@code head} is the head the store records (null when there is none, as for an export), which
         * catches entries removed from, or appended outside the ledger to, the end of the chain.
         */
        public LedgerVerification result(LedgerHead head) {
            long entries = expected - 1;
            if (problem == null && head != null) {
                if (head.entries() > entries) {
                    fail(entries + 1, "entry " + (entries + 1) + " is missing: the head records " + head.entries()
                            + " entries ending in " + head.hash() + ", the chain ends at entry " + entries);
                } else if (head.entries() < entries) {
                    fail(head.entries() + 1, "entry " + (head.entries() + 1) + " was not appended through the ledger:"
                            + " the head records " + head.entries() + " entries");
                } else if (!head.hash().equals(previous)) {
                    fail(entries, "the head records hash " + head.hash() + " for entry " + entries + ", the chain gives "
                            + previous);
                }
            }
            return problem == null ? new LedgerVerification(true, entries, previous, null, null)
                    : new LedgerVerification(false, entries, previous, badSeq, problem);
        }

        private boolean fail(long seq, String what) {
            badSeq = seq;
            problem = what;
            return false;
        }
    }
}

package org.rbe.governance.minutes;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of checking a minutes PDF; {@code reason} is the English text followed by its message
 * key in brackets, e.g. {@code "The signature is valid. [minutes.verify.valid]"}. The signer, time and
 * coverage fields describe the last signature; {@code signatures} lists every signature, oldest first.
 */
public record MinutesVerification(boolean valid, String reason, String signerName, Instant signedAt,
                                  boolean coversWholeDocument, boolean signedByThisRegister, int signatureCount,
                                  List<Signature> signatures) {

    public MinutesVerification {
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    /** A result without the per-signature list. */
    public MinutesVerification(boolean valid, String reason, String signerName, Instant signedAt,
                               boolean coversWholeDocument, boolean signedByThisRegister, int signatureCount) {
        this(valid, reason, signerName, signedAt, coversWholeDocument, signedByThisRegister, signatureCount, List.of());
    }

    /** The message key inside {@link #reason()}, e.g. {@code minutes.verify.valid}. */
    public String reasonKey() {
        int open = reason.lastIndexOf('[');
        return open < 0 || !reason.endsWith("]") ? reason : reason.substring(open + 1, reason.length() - 1);
    }

    /**
     * One signature of the file.
     *
     * @param number              1 for the first (oldest) signature
     * @param fieldName           the PDF signature field, {@code MinutesSignature}, {@code MinutesSignature-2} …
     * @param signerName          common name of the signing certificate
     * @param signatory           the person who signed in the register's name (the PDF's contact entry), or null
     * @param reason              the signed reason, e.g. "Minutes of decision …" or "Countersigned by the chair …"
     * @param signedAt            the signing time the signer claims
     * @param timestampedAt       the time a timestamp authority certified (PAdES B-T), or null for B-B
     * @param timestampAuthority  common name of that authority's certificate, or null
     * @param intact              whether the signed bytes, the signature (and its timestamp) match
     * @param coversWholeDocument whether it covers the whole file (only the last signature can)
     * @param byThisRegister      whether it was made with this register's key
     * @param revision            the file revision the signature closes (1 = first)
     */
    public record Signature(int number, String fieldName, String signerName, String signatory, String reason,
                            Instant signedAt, Instant timestampedAt, String timestampAuthority, boolean intact,
                            boolean coversWholeDocument, boolean byThisRegister, int revision) {

        /** {@code B-T} when timestamped, else {@code B-B}. */
        public String padesLevel() {
            return timestampedAt == null ? "B-B" : "B-T";
        }
    }
}

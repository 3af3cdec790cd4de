package org.rbe.governance.minutes;

import java.time.Instant;

/**
 * The outcome of checking a minutes PDF; {@code reason} is the English text followed by its message
 * key in brackets, e.g. {@code "The signature is valid. [minutes.verify.valid]"}.
 */
public record MinutesVerification(boolean valid, String reason, String signerName, Instant signedAt,
                                  boolean coversWholeDocument, boolean signedByThisRegister, int signatureCount) {
}

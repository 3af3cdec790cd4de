package org.rbe.governance.minutes;

/**
 * A signed PDF of minutes with its SHA-256 (hex), the signer's name, and whether the signing key is
 * the generated development key.
 */
public record SignedMinutes(String documentId, byte[] pdf, String sha256, boolean developmentKey, String signerName) {
}

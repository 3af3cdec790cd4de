package org.rbe.governance.voting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Ballot receipts: a SHA-256 commitment {@code "receipt-v1|" + voteId + "|" + option + "|" + nonce} with a 128-bit
 * random nonce. The receipt names no voter, so the stored nonce lets an audit re-check that a ballot's option is the
 * one its receipt committed to without opening a way back to the voter.
 */
public final class Receipts {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipts() {
    }

    /** 128 random bits as hex: nonces and ballot keys. */
    public static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Hex SHA-256 of {@code receipt-v1|voteId|option|nonce}. */
    public static String receipt(long voteId, String option, String nonce) {
        return sha256Hex("receipt-v1|" + voteId + "|" + option + "|" + nonce);
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

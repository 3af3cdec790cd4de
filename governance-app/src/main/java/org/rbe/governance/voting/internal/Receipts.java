package org.rbe.governance.voting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Ballot receipts: a SHA-256 over vote, voter, option and a random nonce that only the system keeps. */
public final class Receipts {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipts() {
    }

    /** 128 random bits as hex. */
    public static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Hex SHA-256 of {@code voteId|citizenId|option|nonce}. */
    public static String receipt(long voteId, long citizenId, String option, String nonce) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String text = voteId + "|" + citizenId + "|" + option + "|" + nonce;
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

package org.rbe.governance.jury.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A seed from randomness announced in advance, in the manner of RFC 3797: each source (a witness's contribution,
 * a public lottery result entered later) is put in canonical form (numbers sorted ascending, each followed by a
 * dot; other text lower-cased and trimmed), each source ends with a slash, and the seed is the first eight bytes
 * of the SHA-256 of the concatenation (RFC 3797 uses MD5; SHA-256 is the modern choice). Anyone holding the
 * published sources recomputes the seed.
 */
public final class AnnouncedRandomness {
    private AnnouncedRandomness() {
    }

    /** The canonical text the seed is hashed from. */
    public static String canonical(List<String> sources) {
        StringBuilder text = new StringBuilder();
        for (String source : sources) {
            String[] tokens = source.trim().split("[\\s,;]+");
            boolean numeric = tokens.length > 0 && Arrays.stream(tokens).allMatch(t -> t.matches("\\d+"));
            if (numeric) {
                List<Long> numbers = new ArrayList<>();
                for (String token : tokens) {
                    numbers.add(Long.parseLong(token));
                }
                numbers.sort(Long::compare);
                numbers.forEach(n -> text.append(n).append('.'));
            } else {
                text.append(source.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            }
            text.append('/');
        }
        return text.toString();
    }

    public static long seed(List<String> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("At least one source of randomness is needed");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(sources).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

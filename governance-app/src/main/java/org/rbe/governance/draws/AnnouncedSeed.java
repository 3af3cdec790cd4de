package org.rbe.governance.draws;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.rbe.governance.shared.Sha256;
import org.rbe.governance.shared.UserFacingException;

/**
 * How a seed follows from randomness announced in advance, in the way RFC 3797 combines its sources: each source (a
 * public beacon's value, a lottery result, a witness's contribution) in canonical form (numbers sorted ascending, each
 * followed by "."; other text lower-cased, trimmed, white space as one space), each followed by "/", hashed with
 * SHA-256 (in place of the RFC's MD5); the seed is the first eight bytes of that hash as a signed big-endian number.
 * A draw of a process puts its announcement's digest and "/" before the sources, so the seed is bound to the terms
 * announced. Nothing here reads a clock or the machine, so anyone recomputes it.
 */
public final class AnnouncedSeed {
    /** The first line of the text whose SHA-256 is an announcement's digest. */
    public static final String FORMAT = "rbe-draw-announcement/1";
    /** The most values an announcement can name (e.g. witnesses). */
    public static final int MAX_VALUES = 16;
    private static final Pattern VALUE = Pattern.compile("[0-9A-Za-z._:+=,;\\s-]{1,128}");

    private AnnouncedSeed() {
    }

    /** The canonical text of an announcement, one {@code name=value} line each after {@link #FORMAT}. */
    public static String text(DrawAnnouncement.Terms terms) {
        return FORMAT + "\ncase=" + terms.caseNumber() + "\npurpose=" + terms.purpose() + "\npool=" + terms.poolSha256()
                + (terms.expertsSha256() == null ? "" : "\nexperts=" + terms.expertsSha256()) + "\npoolSize=" + terms.poolSize() + "\nsize=" + terms.size() + "\nalgorithm=" + terms.algorithm()
                + "\nsource=" + terms.source() + "\nannouncedAt=" + terms.announcedAt() + "\nrevealAt=" + terms.revealAt()
                + "\n";
    }

    /** SHA-256 (hex) of {@link #text}. */
    public static String digest(DrawAnnouncement.Terms terms) {
        return Sha256.hex(text(terms));
    }

    /**
     * The values as entered, one a line, trimmed; refused with a message naming the line when a line is not a value
     * (letters, digits, spaces and {@code . _ : + = , ; -}, at most 128 characters) or there are none or too many.
     */
    public static List<String> values(String entered) {
        List<String> values = new ArrayList<>();
        String[] lines = entered == null ? new String[0] : entered.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String value = lines[i].trim();
            if (value.isEmpty()) {
                continue;
            }
            if (!VALUE.matcher(value).matches()) {
                throw new UserFacingException("draws.error.badValue", i + 1);
            }
            values.add(value);
        }
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw new UserFacingException("draws.error.valueCount", MAX_VALUES);
        }
        return List.copyOf(values);
    }

    /** A second seed from {@code seed} for another part of the same draw (e.g. "expert"), as anyone recomputes it. */
    public static long derive(long seed, String part) {
        return ByteBuffer.wrap(Sha256.of((seed + "/" + part + "/").getBytes(StandardCharsets.UTF_8))).getLong();
    }

    /** SHA-256 of a list of candidates as announced: each followed by a line break. */
    public static String candidatesSha256(List<String> candidates) {
        StringBuilder text = new StringBuilder();
        candidates.forEach(c -> text.append(c).append('\n'));
        return Sha256.hex(text.toString());
    }

    /**
     * Checks a published announcement against the draw it is for: its text hashes to its digest, it announced this
     * case, purpose, number drawn and pool, and its values give the draw's seed. Returns the differences (none: the
     * draw's randomness was fixed by the announcement and the values, as published).
     */
    public static List<String> verify(DrawAnnouncement.Published announcement, long caseNumber, String purpose,
                                      String poolSha256, int size, long seed) {
        List<String> differences = new ArrayList<>();
        if (announcement == null) {
            return List.of("the record names no announcement: its seed was not fixed in advance by a public value");
        }
        String text = announcement.text() == null ? "" : announcement.text();
        if (!Sha256.hex(text).equals(announcement.digest())) {
            differences.add("the announcement's text does not hash to its digest");
        }
        List<String> lines = List.of(text.split("\n"));
        expect(lines, "case=" + caseNumber, differences);
        expect(lines, "purpose=" + purpose, differences);
        expect(lines, "pool=" + poolSha256, differences);
        expect(lines, "size=" + size, differences);
        if (!lines.isEmpty() && !FORMAT.equals(lines.get(0))) {
            differences.add("the announcement is not of the format " + FORMAT);
        }
        if (announcement.values() == null || seed(announcement.digest(), announcement.values()) != seed) {
            differences.add("the announced digest and the public values do not give the draw's seed " + seed);
        }
        return differences;
    }

    private static void expect(List<String> lines, String line, List<String> differences) {
        if (!lines.contains(line)) {
            differences.add("the announcement does not say " + line);
        }
    }

    /** The seed of a process's draw: from its announcement's digest and the values entered. */
    public static long seed(String digest, List<String> values) {
        return firstEightBytes(digest + "/" + canonical(values));
    }

    /** The seed of sources alone (the sortition command's file draws, whose record carries the sources). */
    public static long seed(List<String> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("At least one source of randomness is needed");
        }
        return firstEightBytes(canonical(sources));
    }

    /** The canonical text of the sources, as RFC 3797 forms it (see the class comment). */
    public static String canonical(List<String> sources) {
        StringBuilder text = new StringBuilder();
        for (String source : sources) {
            String[] tokens = source.trim().split("[\\s,;]+");
            if (Arrays.stream(tokens).allMatch(t -> t.matches("\\d+"))) {
                Arrays.stream(tokens).map(BigInteger::new).sorted().forEach(n -> text.append(n).append('.'));
            } else {
                text.append(source.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            }
            text.append('/');
        }
        return text.toString();
    }

    private static long firstEightBytes(String text) {
        return ByteBuffer.wrap(Sha256.of(text.getBytes(StandardCharsets.UTF_8))).getLong();
    }
}

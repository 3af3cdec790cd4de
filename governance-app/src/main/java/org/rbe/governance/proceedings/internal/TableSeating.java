package org.rbe.governance.proceedings.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.rbe.governance.proceedings.internal.DeliberationStore.Member;
import org.rbe.governance.shared.Sha256;

/**
 * Seats a body's members at tables of about {@code tableSize}: members are grouped by region, shuffled within each
 * region with the seeded generator, and dealt in turn to the tables, so every region is spread evenly over them. The
 * same seed and members give the same seating; the seating's SHA-256 goes into the ledger. Pseudonyms are random and
 * never reused: they follow from no seed, so nobody can link a pseudonym to a published draw.
 */
public final class TableSeating {
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom PSEUDONYMS = new SecureRandom();

    private TableSeating() {
    }

    /** How many tables {@code members} members need at about {@code tableSize} a table. */
    public static int tables(int members, int tableSize) {
        return Math.max(1, (int) Math.round(members / (double) Math.max(1, tableSize)));
    }

    /** Each citizen's table (1-based), for citizens given with their region. */
    public static Map<Long, Integer> seat(Map<Long, String> regionByCitizen, int tableSize, long seed) {
        Map<String, List<Long>> byRegion = new TreeMap<>();
        regionByCitizen.forEach((citizen, region) -> byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(citizen));
        Random random = new Random(seed);
        List<Long> order = new ArrayList<>();
        for (List<Long> members : byRegion.values()) {
            members.sort(Comparator.naturalOrder());
            Collections.shuffle(members, random);
            order.addAll(members);
        }
        int tables = tables(order.size(), tableSize);
        Map<Long, Integer> seating = new TreeMap<>();
        for (int i = 0; i < order.size(); i++) {
            seating.put(order.get(i), i % tables + 1);
        }
        return seating;
    }

    /** The SHA-256 of a seating: the seed, then one "citizen:table" line per member in citizen order. */
    public static String sha256(long seed, List<Member> members) {
        StringBuilder text = new StringBuilder("rbe-table-seating/1\n").append(seed).append('\n');
        members.stream().sorted(Comparator.comparingLong(Member::citizenId))
                .forEach(m -> text.append(m.citizenId()).append(':').append(m.table()).append('\n'));
        return Sha256.hex(text.toString());
    }

    /** A fresh pseudonym such as "J-7K3QX" that {@code taken} does not already hold. */
    public static String pseudonym(Predicate<String> taken) {
        while (true) {
            StringBuilder p = new StringBuilder("J-");
            for (int i = 0; i < 5; i++) {
                p.append(ALPHABET[PSEUDONYMS.nextInt(ALPHABET.length)]);
            }
            if (!taken.test(p.toString())) {
                return p.toString();
            }
        }
    }
}

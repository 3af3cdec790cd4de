package org.rbe.governance.draws;

import java.time.Instant;
import java.util.List;

/**
 * A draw announced before it is made: its terms (fixed and published first), their digest, and once entered the
 * public values and the seed they give. {@code values} and {@code seed} are null while the value is awaited.
 */
public record DrawAnnouncement(long id, Terms terms, String digest, List<String> values, Long seed, Instant revealedAt,
                               String drawn) {
    /**
     * What an announcement fixes; {@link AnnouncedSeed#text} is its canonical form. {@code poolSha256} is the SHA-256
     * of the pool drawn from (a panel draw's {@code pool.csv}, or the candidates one a line); {@code expertsSha256},
     * when the draw also picks an expert, that of the expert's candidates (null otherwise).
     */
    public record Terms(long caseNumber, String purpose, String poolSha256, String expertsSha256, int poolSize, int size,
                        String algorithm, String source, Instant announcedAt, Instant revealAt) {
    }

    /** The arguments of a timeline's "draw announced" line: number, pool size, pool SHA-256, time the value counts. */
    public Object[] timelineArguments() {
        return new Object[] {id, terms.poolSize(), terms.poolSha256(), terms.revealAt().toString()};
    }

    public boolean revealed() {
        return seed != null;
    }

    /**
     * The announcement as a draw's published record carries it: the canonical text whose SHA-256 is the digest (so
     * its exact terms), the values entered and the seed; {@link AnnouncedSeed#verify} checks it from these alone.
     */
    public record Published(long id, String format, String text, String digest, List<String> values, long seed) {
    }

    /** This announcement for a published record; only once its value is entered. */
    public Published published() {
        if (!revealed()) {
            throw new IllegalStateException("Announcement " + id + " awaits its public value");
        }
        return new Published(id, AnnouncedSeed.FORMAT, AnnouncedSeed.text(terms), digest, values, seed);
    }
}

package org.rbe.governance.draws;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.GeneratedIds;
import org.rbe.governance.shared.NotFoundException;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces draws before they are made and takes their public values after: the one way any process gets a seed.
 * The source of the randomness and how long after the announcement its value is entered are settings of the
 * deployment ({@code governance.draws.*}), stated in every announcement.
 */
@Service
@Transactional
public class AnnouncedDraws {
    private static final String COLUMNS = "id, case_number, purpose, pool_sha256, experts_sha256, pool_size, panel_size, algorithm, "
            + "source, announced_at, reveal_at, digest, public_values, seed, revealed_at, drawn";
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final String source;
    private final Duration revealAfter;

    AnnouncedDraws(JdbcTemplate jdbc, Clock clock, CurrentUser currentUser, ApplicationEventPublisher events,
                   @Value("${governance.draws.randomness-source}") String source,
                   @Value("${governance.draws.reveal-after}") Duration revealAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUser = currentUser;
        this.events = events;
        this.source = source.strip();
        this.revealAfter = revealAfter;
    }

    /**
     * Freezes a draw's terms and announces them (ledgered) before its randomness exists: the pool's SHA-256 and size,
     * the number drawn and the algorithm; the value is to be entered from {@code governance.draws.reveal-after} on.
     */
    public DrawAnnouncement announce(long caseNumber, String purpose, String poolSha256, String expertsSha256,
                                     int poolSize, int size, String algorithm) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        DrawAnnouncement.Terms terms = new DrawAnnouncement.Terms(caseNumber, purpose, poolSha256, expertsSha256,
                poolSize, size, algorithm, source, now, now.plus(revealAfter).truncatedTo(ChronoUnit.SECONDS));
        String digest = AnnouncedSeed.digest(terms);
        long id = GeneratedIds.insert(jdbc, "INSERT INTO draw_announcement (case_number, purpose, pool_sha256, experts_sha256,"
                        + " pool_size, panel_size, algorithm, source, announced_at, reveal_at, digest)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                caseNumber, purpose, poolSha256, expertsSha256, poolSize, size, algorithm, source, Timestamp.from(terms.announcedAt()),
                Timestamp.from(terms.revealAt()), digest);
        events.publishEvent(new DrawAnnounced(id, terms, digest));
        return get(id);
    }

    /**
     * Takes the public values of announcement {@code id} (one a line, in the announced order) and returns the
     * announcement with them and the seed they give. Refused before the announced time, a second time, and when the pool now differs from the pool
     * announced ({@code poolSha256}, {@code expertsSha256}), so a changed pool is never drawn from.
     */
    public DrawAnnouncement reveal(long id, String poolSha256, String expertsSha256, String entered) {
        currentUser.require(Role.CLERK);
        DrawAnnouncement announcement = get(id);
        DrawAnnouncement.Terms terms = announcement.terms();
        if (announcement.revealed()) {
            throw new UserFacingException("draws.error.alreadyRevealed", id);
        }
        Instant now = clock.instant();
        if (now.isBefore(terms.revealAt())) {
            throw new UserFacingException("draws.error.tooEarly", terms.revealAt());
        }
        if (!terms.poolSha256().equals(poolSha256) || !java.util.Objects.equals(terms.expertsSha256(), expertsSha256)) {
            throw new UserFacingException("draws.error.poolChanged", id);
        }
        List<String> values = AnnouncedSeed.values(entered);
        long seed = AnnouncedSeed.seed(announcement.digest(), values);
        int updated = jdbc.update("UPDATE draw_announcement SET public_values = ?, seed = ?, revealed_at = ? WHERE id = ?"
                + " AND seed IS NULL", String.join("\n", values), seed, Timestamp.from(now), id);
        if (updated != 1) {
            throw new UserFacingException("draws.error.alreadyRevealed", id);
        }
        events.publishEvent(new DrawRandomnessRevealed(id, terms.caseNumber(), terms.purpose(), announcement.digest(), values, seed,
                currentUser.username().orElse("system")));
        return new DrawAnnouncement(id, terms, announcement.digest(), values, seed, now, null);
    }

    /** Records what was drawn with announcement {@code id}'s seed (e.g. "panel:12"), for the draw's published files. */
    public void drawn(long id, String what) {
        jdbc.update("UPDATE draw_announcement SET drawn = ? WHERE id = ?", what, id);
    }

    @Transactional(readOnly = true)
    public DrawAnnouncement get(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM draw_announcement WHERE id = ?", AnnouncedDraws::row, id).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("draws.error.unknown", id));
    }

    /** The announcement whose values gave {@code seed} in case {@code caseNumber}, if the seed was announced. */
    @Transactional(readOnly = true)
    public Optional<DrawAnnouncement> bySeed(long caseNumber, long seed) {
        return jdbc.query("SELECT " + COLUMNS + " FROM draw_announcement WHERE case_number = ? AND seed = ?",
                AnnouncedDraws::row, caseNumber, seed).stream().findFirst();
    }

    /** Every announcement of a case, oldest first. */
    @Transactional(readOnly = true)
    public List<DrawAnnouncement> ofCase(long caseNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM draw_announcement WHERE case_number = ? ORDER BY id",
                AnnouncedDraws::row, caseNumber);
    }

    private static DrawAnnouncement row(ResultSet rs, int n) throws SQLException {
        DrawAnnouncement.Terms terms = new DrawAnnouncement.Terms(rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9),
                rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant());
        String values = rs.getString(13);
        long seed = rs.getLong(14);
        Long revealedSeed = rs.wasNull() ? null : seed;
        Timestamp revealedAt = rs.getTimestamp(15);
        return new DrawAnnouncement(rs.getLong(1), terms, rs.getString(12),
                values == null ? null : Arrays.asList(values.split("\n")), revealedSeed,
                revealedAt == null ? null : revealedAt.toInstant(), rs.getString(16));
    }
}

package org.rbe.governance.draws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbe.governance.shared.Sha256;
import org.rbe.governance.shared.UserFacingException;

/** The seed follows from the announcement and the public values alone, as an outsider recomputes it. */
class AnnouncedSeedTests {
    private static final DrawAnnouncement.Terms TERMS = new DrawAnnouncement.Terms(12, "jury", "ab".repeat(32), null,
            900, 500, "two-stage LEXIMIN-types/4", "drand quicknet", Instant.parse("2026-12-02T10:00:00Z"),
            Instant.parse("2026-12-02T10:15:00Z"));

    @Test
    void theTextIsTheCanonicalTermsAndTheSeedIsSha256OfDigestAndValues() {
        assertThat(AnnouncedSeed.text(TERMS)).isEqualTo("rbe-draw-announcement/1\ncase=12\npurpose=jury\npool="
                + "ab".repeat(32) + "\npoolSize=900\nsize=500\nalgorithm=two-stage LEXIMIN-types/4\nsource=drand quicknet"
                + "\nannouncedAt=2026-12-02T10:00:00Z\nrevealAt=2026-12-02T10:15:00Z\n");
        String digest = AnnouncedSeed.digest(TERMS);
        assertThat(digest).isEqualTo(Sha256.hex(AnnouncedSeed.text(TERMS)));
        // RFC 3797's canonical form: text lower-cased, numbers sorted, each source followed by "/"
        long expected = java.nio.ByteBuffer.wrap(Sha256.of((digest + "/7f3a/12.34.56./").getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).getLong();
        List<String> entered = AnnouncedSeed.values(" 7F3a \n\n56  12\t34\n");
        assertThat(entered).containsExactly("7F3a", "56  12\t34");
        assertThat(AnnouncedSeed.seed(digest, entered)).isEqualTo(expected);
        assertThat(AnnouncedSeed.seed(digest, List.of("7f3a", "12 34 57"))).isNotEqualTo(expected);
        assertThat(AnnouncedSeed.canonical(List.of("123456789012345678901234567890 7"))).as("no overflow")
                .isEqualTo("7.123456789012345678901234567890./");
    }

    @Test
    void valuesThatAreNotValuesAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> AnnouncedSeed.values("7f3a\n<script>")).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).args()).containsExactly(2));
        assertThatThrownBy(() -> AnnouncedSeed.values("  \n ")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> AnnouncedSeed.values("a\n".repeat(17))).isInstanceOf(UserFacingException.class);
    }

    @Test
    void aPublishedAnnouncementIsCheckedAgainstItsDraw() {
        String digest = AnnouncedSeed.digest(TERMS);
        long seed = AnnouncedSeed.seed(digest, List.of("7f3a"));
        DrawAnnouncement.Published published = new DrawAnnouncement.Published(1, AnnouncedSeed.FORMAT,
                AnnouncedSeed.text(TERMS), digest, List.of("7f3a"), seed);
        assertThat(AnnouncedSeed.verify(published, 12, "jury", "ab".repeat(32), 500, seed)).isEmpty();
        assertThat(AnnouncedSeed.verify(published, 12, "jury", "cd".repeat(32), 500, seed)).hasSize(1);
        assertThat(AnnouncedSeed.verify(published, 12, "jury", "ab".repeat(32), 500, seed + 1)).hasSize(1);
        DrawAnnouncement.Published edited = new DrawAnnouncement.Published(1, AnnouncedSeed.FORMAT,
                AnnouncedSeed.text(TERMS).replace("revealAt=2026-12-02T10:15", "revealAt=2026-12-02T09:15"), digest,
                List.of("7f3a"), seed);
        assertThat(AnnouncedSeed.verify(edited, 12, "jury", "ab".repeat(32), 500, seed))
                .containsExactly("the announcement's text does not hash to its digest");
        assertThat(AnnouncedSeed.verify(null, 12, "jury", "ab".repeat(32), 500, seed)).hasSize(1);
    }
}

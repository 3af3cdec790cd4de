package org.rbe.governance.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.api.ApiTestSupport;
import org.rbe.governance.jury.internal.SortitionVerifyMode;
import org.rbe.governance.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A draw re-runs from its public files alone: downloaded without a login from /public/draws/{id}/, saved into one
 * folder, {@code sortition-verify --record DIR} says VERIFIED, and NOT VERIFIED once the pool, the seed, the public value
 * or the announcement in the record is edited.
 */
class PublishedDrawsHttpTest extends ApiTestSupport {
    @Autowired
    AnnouncedPanelDraws draws;
    @Autowired
    CurrentUser currentUser;

    @Test
    void aDrawDownloadedFromThePublicFilesReRunsAndAnEditIsCaught(@TempDir Path dir) throws Exception {
        long announcement = draws.announce(424_242, "jury", 40, Set.of(1L, 2L, 3L)).id();
        PanelView panel = currentUser.runAs("clerk1", () -> draws.draw(announcement, Set.of(1L, 2L, 3L), "beacon-round-7"));
        HttpResponse<String> pool = get("/public/draws/" + panel.id() + "/pool.csv", null);
        HttpResponse<String> record = get("/public/draws/" + panel.id() + "/record.json", null);
        assertThat(List.of(pool.statusCode(), record.statusCode())).containsOnly(200);
        assertThat(pool.body().lines().findFirst()).contains("id,region,ageBand,gender,education,household");
        assertThat(pool.body()).doesNotContain("citizen0").as("no names or logins in the pool");
        assertThat(pool.body().lines().skip(1).map(l -> l.substring(0, l.indexOf(',')))).doesNotContain("1", "2", "3");
        Path draw = Files.createDirectories(dir.resolve("draw"));
        Files.writeString(draw.resolve("pool.csv"), pool.body(), StandardCharsets.UTF_8);
        Files.writeString(draw.resolve("record.json"), record.body(), StandardCharsets.UTF_8);
        assertThat(new SortitionVerifyMode().run(new String[] {"--record", draw.toString()})).isZero();

        List<String> lines = new java.util.ArrayList<>(pool.body().lines().toList());
        lines.set(5, lines.get(5).replaceFirst(",[^,]*,", ",Nowhere,"));
        Files.write(draw.resolve("pool.csv"), lines);
        assertThat(new SortitionVerifyMode().run(new String[] {"--record", draw.toString()})).isEqualTo(1);

        Files.writeString(draw.resolve("pool.csv"), pool.body(), StandardCharsets.UTF_8);
        Files.writeString(draw.resolve("record.json"), record.body().replace("\"seed\" : " + panel.seed(), "\"seed\" : 8"));
        assertThat(new SortitionVerifyMode().run(new String[] {"--record", draw.toString()})).isEqualTo(1);
        // another public value than the one entered gives another seed: caught
        Files.writeString(draw.resolve("record.json"), record.body().replace("beacon-round-7", "beacon-round-8"));
        assertThat(new SortitionVerifyMode().run(new String[] {"--record", draw.toString()})).isEqualTo(1);
        // an announcement of another pool: caught
        Files.writeString(draw.resolve("record.json"), record.body().replace("size=40", "size=41"));
        assertThat(new SortitionVerifyMode().run(new String[] {"--record", draw.toString()})).isEqualTo(1);
        assertThat(get("/public/draws/987654321/pool.csv", null).statusCode()).isEqualTo(404);
    }
}

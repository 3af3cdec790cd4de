package org.rbe.governance.jury.internal;

import org.rbe.governance.draws.AnnouncedSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SelectionVerificationTests {
    @TempDir
    Path dir;

    @Test
    void aRecordedDrawVerifiesAndAnyChangedInputFails() {
        SelectionInstance instance = SortitionData.sfFixture();
        List<String> witnesses = List.of("7 19 3 44 28", "the second witness's phrase");
        SelectionRun run = SelectionRun.run(instance, "leximin", AnnouncedSeed.seed(witnesses), 0);
        DrawRecord record = DrawRecord.of(run, witnesses);

        assertThat(record.verify(instance, 0)).isEmpty();

        List<SelectionInstance.Feature> changedQuotas = new java.util.ArrayList<>(instance.features());
        SelectionInstance.Feature first = changedQuotas.get(0);
        changedQuotas.set(0, new SelectionInstance.Feature(first.category(), first.value(), first.min() - 1, first.max()));
        assertThat(record.verify(instance.withFeatures(changedQuotas), 0)).anyMatch(p -> p.contains("quota table differs"));

        String[] ids = new String[instance.size()];
        int[][] values = new int[instance.size()][];
        for (int p = 0; p < ids.length; p++) {
            ids[p] = instance.id(p);
            values[p] = instance.features(p).clone();
        }
        values[0][0] = values[0][0] == 0 ? 1 : 0;
        SelectionInstance changedPool = new SelectionInstance(instance.categories(), instance.features(), ids, values, null, 22);
        assertThat(record.verify(changedPool, 0)).anyMatch(p -> p.contains("pool differs"));

        DrawRecord otherSeed = new DrawRecord(record.format(), record.algorithm(), record.n(), record.k(), record.poolSha256(),
                record.quotasSha256(), record.probabilitiesSha256(), record.lotterySha256(), record.seed() + 1, List.of(),
                record.panel(), record.panelSha256(), record.minimumProbability(), record.lottery());
        assertThat(otherSeed.verify(instance, 0)).anyMatch(p -> p.contains("another panel"));

        List<Lottery.PublishedPanel> skewed = new java.util.ArrayList<>(record.lottery());
        skewed.set(0, new Lottery.PublishedPanel(skewed.get(0).probability() + 0.01, skewed.get(0).counts()));
        skewed.set(1, new Lottery.PublishedPanel(skewed.get(1).probability() - 0.01, skewed.get(1).counts()));
        DrawRecord otherLottery = new DrawRecord(record.format(), record.algorithm(), record.n(), record.k(),
                record.poolSha256(), record.quotasSha256(), record.probabilitiesSha256(), record.lotterySha256(),
                record.seed(), witnesses, record.panel(), record.panelSha256(), record.minimumProbability(), skewed);
        assertThat(otherLottery.verify(instance, 0)).anyMatch(p -> p.contains("lottery differs"));

        DrawRecord otherRandomness = new DrawRecord(record.format(), record.algorithm(), record.n(), record.k(),
                record.poolSha256(), record.quotasSha256(), record.probabilitiesSha256(), record.lotterySha256(),
                record.seed(), List.of("7 19 3 44 29", "the second witness's phrase"), record.panel(),
                record.panelSha256(), record.minimumProbability(), record.lottery());
        assertThat(otherRandomness.verify(instance, 0)).anyMatch(p -> p.contains("does not follow from the announced randomness"));
    }

    @Test
    void announcedRandomnessIsCanonicalised() {
        assertThat(AnnouncedSeed.canonical(List.of("44 3 19", "Blue  Kettle "))).isEqualTo("3.19.44./blue kettle/");
        assertThat(AnnouncedSeed.seed(List.of("44 3 19"))).isEqualTo(AnnouncedSeed.seed(List.of("3,19,44")));
        assertThat(AnnouncedSeed.seed(List.of("44 3 19"))).isNotEqualTo(AnnouncedSeed.seed(List.of("44 3 18")));
    }

    @Test
    void commandLineWritesTheFilesAndVerifies() throws Exception {
        Path categories = SortitionData.file("sf_fixture_150", "features.csv");
        Path people = SortitionData.file("sf_fixture_150", "candidates.csv");
        Path out = dir.resolve("out");

        int code = new SortitionMode().run(new String[] {"--categories", categories.toString(), "--people", people.toString(),
                "--panel-size", "22", "--seed", "5", "--out", out.toString()});

        assertThat(code).isZero();
        List<String> probabilities = Files.readAllLines(out.resolve("probabilities.csv"));
        assertThat(probabilities.get(0)).isEqualTo("id,probability");
        assertThat(probabilities).hasSize(151);
        assertThat(probabilities.get(1)).startsWith("p0,");
        double sum = probabilities.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).sum();
        assertThat(sum).isCloseTo(22, within(1e-3));
        assertThat(Files.readAllLines(out.resolve("panel.csv"))).hasSize(23).first().isEqualTo("id");
        String report = Files.readString(out.resolve("report.json"));
        assertThat(report).contains("\"n\" : 150", "\"k\" : 22", "\"algorithm\" : \"" + Leximin.ALGORITHM + "\"",
                "\"minimum_probability\"", "\"gini\"", "\"seconds\"");
        assertThat(new SortitionVerifyMode().run(new String[] {"--categories", categories.toString(), "--people",
                people.toString(), "--record", out.toString()})).isZero();

        Path tampered = dir.resolve("tampered.csv");
        Files.writeString(tampered, Files.readString(people).replaceFirst("Male,30-44", "Female,30-44"));
        assertThat(new SortitionVerifyMode().run(new String[] {"--categories", categories.toString(), "--people",
                tampered.toString(), "--record", out.toString()})).isEqualTo(1);
    }

    @Test
    void paperFormatUsesRowNumbersAsIdsAndLegacyEstimates() throws Exception {
        Path out = dir.resolve("legacy");
        int code = new SortitionMode().run(new String[] {"--categories",
                SortitionData.file("example_small_20", "categories.csv").toString(), "--people",
                SortitionData.file("example_small_20", "respondents.csv").toString(), "--panel-size", "20",
                "--algorithm", "legacy", "--seed", "1", "--out", out.toString()});

        assertThat(code).isZero();
        assertThat(Files.readAllLines(out.resolve("probabilities.csv")).get(1)).startsWith("0,");
        assertThat(Files.readString(out.resolve("report.json"))).contains("\"algorithm\" : \"LEGACY/1\"");
    }

    @Test
    void badAndInfeasibleInputExitNonZeroWithAMessage() throws Exception {
        Path categories = SortitionData.file("sf_fixture_150", "features.csv");
        Path people = SortitionData.file("sf_fixture_150", "candidates.csv");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        try {
            assertThat(new SortitionMode().run(new String[] {"--categories", categories.toString(), "--people",
                    people.toString(), "--panel-size", "40", "--out", dir.toString()})).isEqualTo(3);
            assertThat(captured.toString()).contains("No panel of the requested size meets every quota", "Gender");

            Path broken = dir.resolve("broken.csv");
            Files.writeString(broken, "feature,value,min,max\nGender,Female,three,5\n");
            assertThat(new SortitionMode().run(new String[] {"--categories", broken.toString(), "--people",
                    people.toString(), "--panel-size", "22", "--out", dir.toString()})).isEqualTo(2);
            assertThat(captured.toString()).contains("min must be a whole number");

            assertThat(new SortitionMode().run(new String[] {"--categories", categories.toString(), "--people",
                    people.toString(), "--panel-size", "22"})).isEqualTo(2);
            assertThat(new SortitionMode().run(new String[] {"--categories", categories.toString(), "--people",
                    dir.resolve("missing.csv").toString(), "--panel-size", "22", "--out", dir.toString()})).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
    }
}

package org.rbe.governance.jury.internal;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LeximinTests {

    @Test
    void everyoneHasProbabilityTenPercentOnTheSmallExample() {
        SelectionRun run = SelectionRun.run(SortitionData.paper("example_small_20", 20), "leximin", 1L, 0);

        assertThat(Arrays.stream(run.probabilities()).boxed().toList()).hasSize(200).allSatisfy(p -> assertThat(p).isCloseTo(0.10, within(5e-4)));
        assertThat(run.instance().meetsQuotas(run.panel())).isTrue();
    }

    /**
     * Respondents skewed against the population, quotas from the population: not everyone can have k/n. Every type
     * then gets at least the recorded share (99%, or 95% when the oracle budget ran out) of its probability under
     * LEXIMIN over the quotas' linear relaxation, which no lottery beats at the bottom; with few types the bound
     * itself (LEXIMIN).
     */
    @Test
    void whenTheQuotasExcludeKOverNEveryoneGetsTheRecordedShareOfTheRelaxationsBoundOrAllOfItWithFewTypes() {
        for (SelectionInstance instance : List.of(SortitionBench.skewed(1_500, 4, 150, 2L, 0.0),
                SortitionBench.skewed(400, 3, 40, 3L, 0.0))) {
            PoolTypes types = new PoolTypes(instance);
            double[] bound = RelaxedLeximin.probabilities(types);
            Lottery lottery = Leximin.solve(types, 0).orElseThrow();

            assertThat(Arrays.stream(bound).min().orElseThrow()).as("k/n is out of reach").isLessThan(0.099);
            // 99% is the aim; when the oracle calls run out first, at least 95% is kept and recorded
            double share = types.count() <= 200 ? 1 - 1e-4 : lottery.stats().shareOfBound();
            assertThat(share).isGreaterThanOrEqualTo(lottery.stats().oracleCalls() < Leximin.towardsBudget(types.count()) ? Leximin.NEAR_SHARE : Leximin.FLOOR_SHARE);
            assertThat(lottery.stats().shareOfBound()).isGreaterThanOrEqualTo(share);
            double[] probability = lottery.probabilities();
            for (int person = 0; person < instance.size(); person++) {
                assertThat(probability[person]).as("person %d", person)
                        .isGreaterThanOrEqualTo(share * bound[types.typeOf(person)] - 1e-6);
            }
            assertThat(Arrays.stream(probability).sum()).isCloseTo(instance.k(), within(1e-6));
            PanelOracle oracle = new PanelOracle(types);
            assertThat(lottery.panels()).allSatisfy(panel -> assertThat(oracle.isFeasible(panel)).isTrue());
        }
    }

    @Test
    void everyoneHasProbabilityTenPercentOnTheLargeExample() {
        SelectionRun run = SelectionRun.run(SortitionData.paper("example_large_200", 200), "leximin", 1L, 0);

        assertThat(Arrays.stream(run.probabilities()).boxed().toList()).hasSize(2000).allSatisfy(p -> assertThat(p).isCloseTo(0.10, within(5e-4)));
        assertThat(run.gini()).isCloseTo(0, within(1e-3));
    }

    @Test
    void sortitionFoundationFixtureDrawsMeetTheQuotasAndTheProbabilitiesAreStable() {
        SelectionInstance instance = SortitionData.sfFixture();
        Lottery first = Leximin.solve(new PoolTypes(instance), 0).orElseThrow();
        Lottery second = Leximin.solve(new PoolTypes(instance), 0).orElseThrow();

        assertThat(Arrays.stream(first.probabilities()).sum()).isCloseTo(22, within(1e-6));
        double[] a = first.probabilities();
        double[] b = second.probabilities();
        Arrays.sort(a);
        Arrays.sort(b);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).isCloseTo(b[i], within(1e-9));
        }
        assertThat(a[0]).isGreaterThan(0.05);
        for (int[] panel : first.panels()) {
            assertThat(new PanelOracle(first.types()).isFeasible(panel)).isTrue();
        }
        for (long seed = 0; seed < 300; seed++) {
            assertThat(instance.meetsQuotas(first.draw(seed))).as("panel of seed %d", seed).isTrue();
        }
    }

    @Test
    void drawingFromTheLotteryFollowsItsProbabilities() {
        SelectionInstance instance = SortitionData.sfFixture();
        Lottery lottery = Leximin.solve(new PoolTypes(instance), 0).orElseThrow();
        int draws = 20_000;
        double[] counts = new double[instance.size()];
        for (long seed = 0; seed < draws; seed++) {
            for (int p : lottery.draw(seed)) {
                counts[p]++;
            }
        }
        double[] expected = lottery.probabilities();
        for (int p = 0; p < counts.length; p++) {
            double sd = Math.sqrt(expected[p] * (1 - expected[p]) / draws);
            assertThat(counts[p] / draws).isCloseTo(expected[p], within(5 * sd + 1e-3));
        }
    }

    @Test
    void theSameSeedDrawsTheSamePanelAndAnotherSeedAnother() {
        SelectionInstance instance = SortitionData.sfFixture();
        Lottery lottery = Leximin.solve(new PoolTypes(instance), 0).orElseThrow();

        assertThat(lottery.draw(42L)).isEqualTo(lottery.draw(42L));
        Set<String> panels = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            panels.add(Arrays.toString(lottery.draw(seed)));
        }
        assertThat(panels).hasSizeGreaterThan(5);
        int[] first = SelectionRun.run(instance, "leximin", 9L, 0).panel();
        for (int run = 0; run < 5; run++) {
            assertThat(SelectionRun.run(instance, "leximin", 9L, 0).panel()).as("run %d", run + 2).isEqualTo(first);
        }
    }

    @Test
    void theRelaxationSearchRunsOneBranchAndBoundWorkerSoTiesAreNotBrokenByThreadTiming() {
        assertThat(Infeasibility.workers()).isEqualTo(1);
    }

    @Test
    void leximinIsAtLeastAsFairAsLegacyOnTheFixture() {
        SelectionInstance instance = SortitionData.sfFixture();
        double leximin = Arrays.stream(Leximin.solve(new PoolTypes(instance), 0).orElseThrow().probabilities()).min().orElseThrow();
        double legacy = Arrays.stream(new Legacy(instance, 3_000, 5L).probabilities()).min().orElseThrow();

        assertThat(leximin).isGreaterThanOrEqualTo(legacy);
    }

    @Test
    void infeasibleQuotasAreExplainedWithTheSmallestRelaxation() {
        List<SelectionInstance.Feature> features = List.of(
                new SelectionInstance.Feature("gender", "female", 6, 10),
                new SelectionInstance.Feature("gender", "male", 0, 10));
        String[] ids = new String[20];
        int[][] values = new int[20][1];
        for (int p = 0; p < 20; p++) {
            ids[p] = "p" + p;
            values[p][0] = p < 4 ? 0 : 1;
        }
        SelectionInstance instance = new SelectionInstance(List.of("gender"), features, ids, values, null, 10);

        assertThat(Leximin.solve(new PoolTypes(instance), 0)).isEmpty();
        Infeasibility.Explanation why = Infeasibility.explain(instance);
        assertThat(why.problems()).anyMatch(p -> p.contains("gender=female needs at least 6 but the pool has only 4"));
        assertThat(why.relaxation()).extracting(Infeasibility.Change::toString).containsExactly("gender=female: min 6 -> 4");
        assertThat(why.message()).contains("gender=female: min 6 -> 4");
    }

    @Test
    void quotasThatConflictAcrossCategoriesAreNamed() {
        // everyone young is female: at most 3 young if at most 3 female, but 5 young are required
        List<SelectionInstance.Feature> features = List.of(
                new SelectionInstance.Feature("gender", "female", 0, 3),
                new SelectionInstance.Feature("gender", "male", 0, 10),
                new SelectionInstance.Feature("age", "young", 5, 10),
                new SelectionInstance.Feature("age", "old", 0, 10));
        String[] ids = new String[30];
        int[][] values = new int[30][2];
        for (int p = 0; p < 30; p++) {
            ids[p] = "p" + p;
            values[p] = p < 10 ? new int[] {0, 2} : new int[] {1, 3};
        }
        SelectionInstance instance = new SelectionInstance(List.of("gender", "age"), features, ids, values, null, 8);

        Infeasibility.Explanation why = Infeasibility.explain(instance);

        assertThat(why.relaxation()).hasSize(1);
        assertThat(why.relaxation().get(0).toString()).isIn("gender=female: max 3 -> 5", "age=young: min 5 -> 3");
        assertThat(why.problems()).isNotEmpty();
    }
}

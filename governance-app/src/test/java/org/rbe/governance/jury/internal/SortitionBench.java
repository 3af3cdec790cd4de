package org.rbe.governance.jury.internal;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Seconds for LEXIMIN at the sizes of the issue and for the invitation lottery over a million people. */
@Tag("bench")
class SortitionBench {

    @Test
    void exampleLarge200() {
        SelectionInstance instance = SortitionData.paper("example_large_200", 200);
        for (int run = 1; run <= 3; run++) {
            SelectionRun result = SelectionRun.run(instance, "leximin", run, 0);
            print("example_large_200 (n=2000, k=200) run " + run, result);
        }
    }

    @Test
    void pool5000WithSixCategoriesAndPanel500() {
        SelectionInstance instance = synthetic(5_000, 6, 500, 1L);
        System.out.println("BENCH pool 5000 x 6 categories: " + new PoolTypes(instance).count() + " types");
        SelectionRun result = SelectionRun.run(instance, "leximin", 1L, 0);
        print("pool 5000, 6 categories, k=500", result);
    }

    /**
     * The usual case in practice: those who accept the invitation are not a mirror of the population (self-selection),
     * while the quotas follow the population, so not everyone can have k/n and the column generation runs.
     */
    @Test
    void skewedPool5000WithPopulationQuotas() {
        for (double slack : new double[] {0.1, 0.0}) {
            SelectionInstance instance = skewed(5_000, 6, 500, 1L, slack);
            SelectionRun result = SelectionRun.run(instance, "leximin", 1L, 0);
            print("skewed pool 5000, 6 categories, k=500, quotas population share " + (slack == 0 ? "floor/ceil"
                    : "+-" + Math.round(slack * 100) + "%"), result);
        }
    }

    @Test
    void invitationLotteryOverAMillion() {
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            int[] invited = InvitationLottery.sample(1_000_000, 4_000, run);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "BENCH invitation lottery 4000 of 1,000,000 run %d: %.3f s (%d invited)%n",
                    run, seconds, invited.length);
        }
        long start = System.nanoTime();
        int[] all = InvitationLottery.sample(1_000_000, 1_000_000, 9L);
        System.out.printf(Locale.ROOT, "BENCH invitation lottery, full shuffle of 1,000,000: %.3f s (%d)%n",
                (System.nanoTime() - start) / 1e9, all.length);
    }

    private static void print(String what, SelectionRun run) {
        String extra = run.selector() instanceof Lottery l
                ? " types=" + l.types().count() + " stages=" + l.stats().stages() + " panels=" + l.panels().size()
                + String.format(Locale.ROOT, " share of the LEXIMIN bound %.4f, oracle calls %d", l.stats().shareOfBound(),
                l.stats().oracleCalls()) : "";
        System.out.printf(Locale.ROOT, "BENCH %s: %.2f s, min probability %.4f, Gini %.4f%s%n", what, run.seconds(),
                run.minimumProbability(), run.gini(), extra);
    }

    /** A skewed synthetic pool: categories of 3, 5, 8, 4, 3 and 2 values; quotas ±10% around proportional. */
    static SelectionInstance synthetic(int n, int categories, int k, long seed) {
        return generated(n, categories, k, seed, false, (count, populationShare) -> {
            double target = (double) count * k / n;
            return new int[] {(int) Math.floor(target * 0.9), (int) Math.ceil(target * 1.1)};
        });
    }

    /**
     * A pool of respondents skewed against the population: each category value's population share is random, its
     * response rate between 0.4 and 1.6 of the average; quotas are the population share of k, widened by
     * {@code slack} (0: its floor and ceiling, as the decision cycle sets them).
     */
    static SelectionInstance skewed(int n, int categories, int k, long seed, double slack) {
        return generated(n, categories, k, seed, true, (count, populationShare) -> {
            double target = populationShare * k;
            return new int[] {(int) Math.floor(target * (1 - slack)), (int) Math.ceil(target * (1 + slack))};
        });
    }

    /** A value's quota {min, max} from how many of the pool have it and its share of the population. */
    private interface QuotaRule {
        int[] quota(int count, double populationShare);
    }

    /**
     * Categories of 3, 5, 8, 4, 3, 2, 4 and 3 values (the first {@code categories}), each value with a random population
     * weight; the pool draws its values by those weights, or with {@code selfSelected} by the weights times a random
     * response rate between 0.4 and 1.6.
     */
    private static SelectionInstance generated(int n, int categories, int k, long seed, boolean selfSelected, QuotaRule rule) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] sizes = {3, 5, 8, 4, 3, 2, 4, 3};
        List<SelectionInstance.Feature> features = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int[][] values = new int[n][categories];
        int base = 0;
        for (int c = 0; c < categories; c++) {
            int m = sizes[c];
            names.add("c" + c);
            double[] population = new double[m];
            double[] respondents = new double[m];
            double populationSum = 0;
            double respondentSum = 0;
            for (int v = 0; v < m; v++) {
                population[v] = 1 + random.nextDouble() * 3;
                respondents[v] = selfSelected ? population[v] * (0.4 + 1.2 * random.nextDouble()) : population[v];
                populationSum += population[v];
                respondentSum += respondents[v];
            }
            int[] count = drawValues(values, c, base, respondents, respondentSum, random);
            for (int v = 0; v < m; v++) {
                int[] quota = rule.quota(count[v], population[v] / populationSum);
                features.add(new SelectionInstance.Feature("c" + c, "v" + v, quota[0], quota[1]));
            }
            base += m;
        }
        return instance(names, features, values, k);
    }

    /** Gives everyone a value of category {@code c} drawn by {@code weight}; returns how many got each value. */
    private static int[] drawValues(int[][] values, int c, int base, double[] weight, double sum, SplittableRandom random) {
        int[] count = new int[weight.length];
        for (int p = 0; p < values.length; p++) {
            double x = random.nextDouble() * sum;
            int v = 0;
            while (v < weight.length - 1 && (x -= weight[v]) > 0) {
                v++;
            }
            values[p][c] = base + v;
            count[v]++;
        }
        return count;
    }

    private static SelectionInstance instance(List<String> names, List<SelectionInstance.Feature> features, int[][] values,
                                              int k) {
        String[] ids = new String[values.length];
        Arrays.setAll(ids, p -> "p" + p);
        return new SelectionInstance(names, features, ids, values, null, k);
    }
}

package org.rbe.governance.jury.internal;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Random feasible instances: quotas are built around a panel known to exist, with random slack. */
class SelectionProperties {

    @Property(tries = 25)
    void everyDrawnPanelMeetsEveryQuota(@ForAll long seed) {
        SelectionInstance instance = randomFeasible(seed);
        Lottery lottery = Leximin.solve(new PoolTypes(instance), 0).orElseThrow();

        assert Math.abs(Arrays.stream(lottery.probabilities()).sum() - instance.k()) < 1e-6;
        for (long draw = 0; draw < 20; draw++) {
            int[] panel = lottery.draw(seed + draw);
            assert instance.meetsQuotas(panel) : "LEXIMIN panel breaks a quota: " + Arrays.toString(panel);
        }
        Legacy legacy = new Legacy(instance, 1, seed);
        for (long draw = 0; draw < 20; draw++) {
            try {
                assert instance.meetsQuotas(legacy.draw(seed + draw)) : "LEGACY panel breaks a quota";
            } catch (Legacy.NoPanel e) {
                // LEGACY may give up on a feasible instance; it never returns a panel that breaks a quota
            }
        }
    }

    @Property(tries = 15)
    void leximinMinimumIsNeverBelowLegacysEstimate(@ForAll long seed) {
        SelectionInstance instance = randomFeasible(seed);
        Lottery lottery = Leximin.solve(new PoolTypes(instance), 0).orElseThrow();
        double[] legacy;
        try {
            legacy = new Legacy(instance, 2_000, seed).probabilities();
        } catch (Legacy.NoPanel e) {
            Assume.that(false);
            return;
        }
        double leximinMin = Arrays.stream(lottery.probabilities()).min().orElseThrow();
        double legacyMin = Arrays.stream(legacy).min().orElseThrow();
        assert leximinMin >= legacyMin - 0.02 : "LEXIMIN min " + leximinMin + " < LEGACY min " + legacyMin;
    }

    static SelectionInstance randomFeasible(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 20 + random.nextInt(41);
        int k = 3 + random.nextInt(Math.min(10, n / 3));
        int categoryCount = 1 + random.nextInt(3);
        List<String> categories = new ArrayList<>();
        int[] valuesPer = new int[categoryCount];
        int[] first = new int[categoryCount];
        int total = 0;
        for (int c = 0; c < categoryCount; c++) {
            categories.add("c" + c);
            valuesPer[c] = 2 + random.nextInt(3);
            first[c] = total;
            total += valuesPer[c];
        }
        int[][] values = new int[n][categoryCount];
        String[] ids = new String[n];
        for (int p = 0; p < n; p++) {
            ids[p] = "id" + p;
            for (int c = 0; c < categoryCount; c++) {
                // skewed shares
                int v = random.nextDouble() < 0.5 ? 0 : random.nextInt(valuesPer[c]);
                values[p][c] = first[c] + v;
            }
        }
        int[] order = random.ints(0, n).distinct().limit(k).toArray();
        int[] counts = new int[total];
        for (int p : order) {
            for (int f : values[p]) {
                counts[f]++;
            }
        }
        List<SelectionInstance.Feature> features = new ArrayList<>();
        for (int c = 0; c < categoryCount; c++) {
            for (int v = 0; v < valuesPer[c]; v++) {
                int f = first[c] + v;
                int min = Math.max(0, counts[f] - random.nextInt(2));
                int max = counts[f] + random.nextInt(2);
                features.add(new SelectionInstance.Feature("c" + c, "v" + v, min, max));
            }
        }
        return new SelectionInstance(categories, features, ids, values, null, k);
    }
}

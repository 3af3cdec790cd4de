package org.rbe.governance.jury.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LEXIMIN lottery when it gives everyone the same probability k/n, found without optimisation.
 *
 * <p>Selection probabilities add up to k, so no lottery gives the worst-off more than k/n; a lottery giving
 * everyone exactly k/n is therefore the LEXIMIN optimum, and its probability vector is the only optimal one.
 * Write k/n = p/q in lowest terms. A list of q panels of k people in which every person appears in exactly p
 * panels, each panel drawn with probability 1/q, is such a lottery. Over types (m_t interchangeable people of type
 * t) that is: q panels, each a count per type of at most m_t adding up to k, in which type t is taken p·m_t times in
 * all.
 *
 * <p>Systematic rounding builds such a list: the types are laid out one after another, ordered by their values,
 * each over an interval as long as the fractional part of its expected count k·m_t/n, and the q evenly spaced
 * offsets u = 0, 1/q, …, (q−1)/q each give a panel taking ⌈k·m_t/n⌉ of a type when a point u + j falls in its
 * interval and ⌊k·m_t/n⌋ otherwise. Ordering by values keeps each category's counts close to proportional, but not
 * always within the quotas; panels that break one are repaired by exchanging one person of a type for one of another
 * type with another panel, which changes no type's total and so no one's probability. When every quota admits its
 * proportional share, the exchanges nearly always succeed; otherwise (or when they do not) there is no lottery here
 * and the column generation of {@link Leximin} does the work. Every step is deterministic and in integers.
 */
final class ProportionalRounding {
    /** Beyond this many panels the list gets too long to publish; the column generation is used instead. */
    private static final long MAX_PANELS = 20_000;
    /** Exchanges tried before giving up, per panel of the list. */
    private static final int EXCHANGES_PER_PANEL = 50;

    private final PoolTypes types;
    private final SelectionInstance instance;
    private final int count;
    private final int[] min;
    private final int[] max;

    private ProportionalRounding(PoolTypes types) {
        this.types = types;
        this.instance = types.instance();
        this.count = types.count();
        min = instance.features().stream().mapToInt(SelectionInstance.Feature::min).toArray();
        max = instance.features().stream().mapToInt(SelectionInstance.Feature::max).toArray();
    }

    /** A lottery giving everyone probability k/n in which every panel meets the quotas, or empty. */
    static Optional<Lottery> find(PoolTypes types, String algorithm, long startNanos) {
        ProportionalRounding rounding = new ProportionalRounding(types);
        long n = types.instance().size();
        long k = types.instance().k();
        long q = n / gcd(n, k);
        if (k == 0 || q > MAX_PANELS || !rounding.proportionalSharesMeetTheQuotas()) {
            return Optional.empty();
        }
        int[][] panels = rounding.systematicPanels((int) q);
        if (!rounding.repair(panels)) {
            return Optional.empty();
        }
        return Optional.of(rounding.lottery(panels, algorithm, startNanos));
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Each quota must admit k times its value's share of the pool, or no lottery gives everyone k/n. */
    private boolean proportionalSharesMeetTheQuotas() {
        int[] pool = instance.poolCounts();
        for (int f = 0; f < pool.length; f++) {
            double share = (double) instance.k() * pool[f] / instance.size();
            if (share < min[f] - 1e-9 || share > max[f] + 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** The q panels of systematic rounding over the types in their order (by values). */
    private int[][] systematicPanels(int q) {
        long n = instance.size();
        int[][] panels = new int[q][count];
        long cumulative = 0;
        for (int t = 0; t < count; t++) {
            long scaled = (long) instance.k() * types.size(t);
            int floor = (int) (scaled / n);
            long remainder = scaled % n;
            long step = n / q;
            for (int i = 0; i < q; i++) {
                long offset = Math.floorMod(i * step - cumulative, n);
                panels[i][t] = floor + (offset < remainder ? 1 : 0);
            }
            cumulative = (cumulative + remainder) % n;
        }
        return panels;
    }

    /** Exchanges between panels until every panel meets every quota; false if that does not happen in time. */
    private boolean repair(int[][] panels) {
        int q = panels.length;
        int[][] counts = new int[q][];
        for (int i = 0; i < q; i++) {
            counts[i] = featureCounts(panels[i]);
        }
        int budget = EXCHANGES_PER_PANEL * q + 1_000;
        for (int i = 0; i < q; i++) {
            while (violation(counts[i]) > 0) {
                if (budget-- <= 0 || !improve(panels, counts, i)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * One exchange that lowers panel i's violation without adding any elsewhere: a person of a type carrying a value
     * panel i has too many of (or lacking one it has too few of) goes to another panel, which gives back one of a
     * type that helps. The first such exchange in a fixed order is made.
     */
    private boolean improve(int[][] panels, int[][] counts, int i) {
        int before = violation(counts[i]);
        for (int t = 0; t < count; t++) {
            if (panels[i][t] == 0 || !canHelpToLeave(counts[i], t)) {
                continue;
            }
            for (int j = 0; j < panels.length; j++) {
                if (j == i || panels[j][t] >= types.size(t)) {
                    continue;
                }
                int beforeJ = violation(counts[j]);
                for (int s = 0; s < count; s++) {
                    if (s == t || panels[j][s] == 0 || panels[i][s] >= types.size(s)) {
                        continue;
                    }
                    move(counts[i], t, s);
                    move(counts[j], s, t);
                    if (violation(counts[i]) < before && violation(counts[j]) <= beforeJ) {
                        panels[i][t]--;
                        panels[i][s]++;
                        panels[j][s]--;
                        panels[j][t]++;
                        return true;
                    }
                    move(counts[i], s, t);
                    move(counts[j], t, s);
                }
            }
        }
        return false;
    }

    /** Whether taking one person of type t out of a panel with these counts could lower its violation. */
    private boolean canHelpToLeave(int[] counts, int t) {
        for (int f : types.features(t)) {
            if (counts[f] > max[f]) {
                return true;
            }
        }
        for (int f = 0; f < counts.length; f++) {
            if (counts[f] < min[f]) {
                return true;
            }
        }
        return false;
    }

    /** Feature counts after one person of type out leaves and one of type in joins. */
    private void move(int[] counts, int out, int in) {
        for (int f : types.features(out)) {
            counts[f]--;
        }
        for (int f : types.features(in)) {
            counts[f]++;
        }
    }

    private int[] featureCounts(int[] panel) {
        int[] counts = new int[instance.featureCount()];
        for (int t = 0; t < panel.length; t++) {
            if (panel[t] > 0) {
                for (int f : types.features(t)) {
                    counts[f] += panel[t];
                }
            }
        }
        return counts;
    }

    /** How far the counts are outside the quotas, summed over values. */
    private int violation(int[] counts) {
        int total = 0;
        for (int f = 0; f < counts.length; f++) {
            total += Math.max(0, min[f] - counts[f]) + Math.max(0, counts[f] - max[f]);
        }
        return total;
    }

    /** The panels as a lottery, identical panels merged, each panel of the list weighing 1/q. */
    private Lottery lottery(int[][] panels, String algorithm, long startNanos) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<int[]> distinct = new ArrayList<>();
        List<Integer> times = new ArrayList<>();
        for (int[] panel : panels) {
            Integer at = index.putIfAbsent(Arrays.toString(panel), distinct.size());
            if (at == null) {
                distinct.add(panel);
                times.add(1);
            } else {
                times.set(at, times.get(at) + 1);
            }
        }
        double[] probability = times.stream().mapToDouble(c -> (double) c / panels.length).toArray();
        return Lottery.of(types, distinct, probability, algorithm,
                new Lottery.Stats(1, distinct.size(), 0, 0, (System.nanoTime() - startNanos) / 1e9, 1));
    }
}

package org.rbe.governance.jury.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * LEGACY, the Sortition Foundation's greedy before 2020 (the baseline of the Nature paper), over a
 * {@link SelectionInstance}: repeatedly serve the category value furthest below its minimum relative to the
 * people still available with it, pick one of them uniformly at random, and drop everyone who would push a value
 * over its maximum; restart on a dead end (at most {@value #MAX_ATTEMPTS} attempts). It has no closed-form
 * selection probabilities: they are estimated from repeated seeded draws.
 */
public final class Legacy implements Selector {
    public static final String ALGORITHM = "LEGACY/1";
    public static final int MAX_ATTEMPTS = 100;

    private final SelectionInstance instance;
    private final int estimateDraws;
    private final long estimateSeed;
    private final int[][] peopleWith;
    private double[] estimate;

    /** Thrown when no attempt produced a panel meeting the quotas. */
    public static final class NoPanel extends RuntimeException {
        NoPanel(String message) {
            super(message);
        }
    }

    public Legacy(SelectionInstance instance, int estimateDraws, long estimateSeed) {
        this.instance = instance;
        this.estimateDraws = estimateDraws;
        this.estimateSeed = estimateSeed;
        int[] sizes = instance.poolCounts();
        peopleWith = new int[sizes.length][];
        for (int f = 0; f < sizes.length; f++) {
            peopleWith[f] = new int[sizes[f]];
        }
        int[] fill = new int[sizes.length];
        for (int p = 0; p < instance.size(); p++) {
            for (int f : instance.features(p)) {
                peopleWith[f][fill[f]++] = p;
            }
        }
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public int[] draw(long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<int[]> panel = attempt(new SplittableRandom(attempt == 1 ? seed : seeds.nextLong()));
            if (panel.isPresent()) {
                return panel.get();
            }
        }
        throw new NoPanel("LEGACY found no panel meeting the quotas in " + MAX_ATTEMPTS + " attempts");
    }

    /** Selection probabilities estimated from {@code estimateDraws} draws (seeded, so the estimate is reproducible). */
    @Override
    public synchronized double[] probabilities() {
        if (estimate == null) {
            double[] counts = new double[instance.size()];
            SplittableRandom seeds = new SplittableRandom(estimateSeed);
            for (int d = 0; d < estimateDraws; d++) {
                for (int p : draw(seeds.nextLong())) {
                    counts[p]++;
                }
            }
            for (int p = 0; p < counts.length; p++) {
                counts[p] /= estimateDraws;
            }
            estimate = counts;
        }
        return estimate.clone();
    }

    /** One pass; empty on a dead end. Available people are kept per value in arrays with swap-removal. */
    Optional<int[]> attempt(SplittableRandom random) {
        int features = instance.featureCount();
        int categories = instance.categories().size();
        int[][] available = new int[features][];
        int[] remaining = new int[features];
        int[][] position = new int[instance.size()][categories];
        for (int f = 0; f < features; f++) {
            available[f] = peopleWith[f].clone();
            remaining[f] = available[f].length;
            int c = instance.categoryOf(f);
            for (int i = 0; i < available[f].length; i++) {
                position[available[f][i]][c] = i;
            }
        }
        boolean[] gone = new boolean[instance.size()];
        int[] selected = new int[features];
        int[] min = new int[features];
        int[] max = new int[features];
        for (int f = 0; f < features; f++) {
            min[f] = instance.features().get(f).min();
            max[f] = instance.features().get(f).max();
        }
        Remover remover = new Remover(available, remaining, position, gone);
        for (int f = 0; f < features; f++) {
            if (max[f] == 0) {
                while (remaining[f] > 0) {
                    remover.drop(available[f][0]);
                }
            }
        }
        int k = instance.k();
        int[] panel = new int[k];
        for (int step = 0; step < k; step++) {
            int target = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int f = 0; f < features; f++) {
                int need = min[f] - selected[f];
                if (need > 0 && remaining[f] < need) {
                    return Optional.empty();
                }
                if (remaining[f] == 0 || max[f] == 0) {
                    continue;
                }
                double ratio = (double) need / remaining[f];
                if (ratio > best) {
                    best = ratio;
                    target = f;
                }
            }
            if (target < 0) {
                return Optional.empty();
            }
            int person = available[target][random.nextInt(remaining[target])];
            panel[step] = person;
            remover.drop(person);
            int[] values = instance.features(person);
            for (int f : values) {
                selected[f]++;
            }
            for (int f : values) {
                if (selected[f] >= max[f]) {
                    while (remaining[f] > 0) {
                        remover.drop(available[f][0]);
                    }
                }
            }
        }
        for (int f = 0; f < features; f++) {
            if (selected[f] < min[f] || selected[f] > max[f]) {
                return Optional.empty();
            }
        }
        Arrays.sort(panel);
        return Optional.of(panel);
    }

    private final class Remover {
        private final int[][] available;
        private final int[] remaining;
        private final int[][] position;
        private final boolean[] gone;

        Remover(int[][] available, int[] remaining, int[][] position, boolean[] gone) {
            this.available = available;
            this.remaining = remaining;
            this.position = position;
            this.gone = gone;
        }

        void drop(int person) {
            if (gone[person]) {
                return;
            }
            gone[person] = true;
            int[] values = instance.features(person);
            for (int c = 0; c < values.length; c++) {
                int f = values[c];
                int at = position[person][c];
                int last = available[f][--remaining[f]];
                available[f][at] = last;
                position[last][c] = at;
                available[f][remaining[f]] = person;
                position[person][c] = remaining[f];
            }
        }
    }
}

package org.rbe.governance.jury.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One run of a selection method on an instance: the selection probabilities of everyone and the panel drawn
 * with the seed, with what is needed to publish and verify it.
 */
public final class SelectionRun {
    /** LEGACY's probabilities are estimated from this many draws, as in the Nature paper. */
    public static final int LEGACY_DRAWS = 10_000;

    /** The quotas admit no panel; the explanation names the values and the smallest relaxation. */
    public static final class InfeasibleQuotas extends RuntimeException {
        private final Infeasibility.Explanation explanation;

        public InfeasibleQuotas(Infeasibility.Explanation explanation) {
            super(explanation.message());
            this.explanation = explanation;
        }

        public Infeasibility.Explanation explanation() {
            return explanation;
        }
    }

    private final SelectionInstance instance;
    private final Selector selector;
    private final double[] probabilities;
    private final int[] panel;
    private final long seed;
    private final double seconds;

    private SelectionRun(SelectionInstance instance, Selector selector, long seed, double seconds) {
        this.instance = instance;
        this.selector = selector;
        this.probabilities = selector.probabilities();
        this.panel = selector.draw(seed);
        this.seed = seed;
        this.seconds = seconds;
    }

    /**
     * LEGACY's probabilities are estimated from draws seeded with this constant rather than with the draw's seed, so
     * the probability table can be published before the seed is announced.
     */
    public static final long LEGACY_ESTIMATE_SEED = 1L;

    /**
     * Everyone's selection probability, computed before any seed is known; {@link #draw} then draws with a seed.
     * Everything published before the draw (pool, quotas, algorithm, probability table) comes from here.
     */
    public static final class Prepared {
        private final SelectionInstance instance;
        private final Selector selector;
        private final double[] probabilities;
        private final double seconds;

        private Prepared(SelectionInstance instance, Selector selector, double seconds) {
            this.instance = instance;
            this.selector = selector;
            this.probabilities = selector.probabilities();
            this.seconds = seconds;
        }

        public SelectionInstance instance() {
            return instance;
        }

        public Selector selector() {
            return selector;
        }

        public double[] probabilities() {
            return probabilities.clone();
        }

        /** Seconds taken to compute the probabilities. */
        public double seconds() {
            return seconds;
        }

        public double minimumProbability() {
            return Arrays.stream(probabilities).min().orElse(0);
        }

        public double gini() {
            return SelectionRun.gini(probabilities, instance.k());
        }

        /** The probability table's SHA-256 as {@link DrawRecord} publishes it. */
        public String probabilitiesSha256() {
            return DrawRecord.probabilityHash(instance, probabilities);
        }

        /** Draws the panel with {@code seed}; the run's seconds include the computation. */
        public SelectionRun draw(long seed) {
            long start = System.nanoTime();
            SelectionRun run = new SelectionRun(instance, selector, seed, 0);
            return new SelectionRun(run, seconds + (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * Runs {@code algorithm} ("leximin" or "legacy") and draws with {@code seed}.
     *
     * @param budgetMillis time allowed for LEXIMIN (0: no limit)
     * @throws InfeasibleQuotas when no panel meets the quotas
     */
    public static SelectionRun run(SelectionInstance instance, String algorithm, long seed, long budgetMillis) {
        return prepare(instance, algorithm, budgetMillis).draw(seed);
    }

    /**
     * Computes everyone's probability with {@code algorithm} ("leximin" or "legacy"), before the seed is known.
     *
     * @param budgetMillis time allowed for LEXIMIN (0: no limit)
     * @throws InfeasibleQuotas when no panel meets the quotas
     */
    public static Prepared prepare(SelectionInstance instance, String algorithm, long budgetMillis) {
        long start = System.nanoTime();
        Selector selector;
        switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "leximin" -> {
                Optional<Lottery> lottery = Leximin.solve(new PoolTypes(instance), budgetMillis);
                if (lottery.isEmpty()) {
                    throw new InfeasibleQuotas(Infeasibility.explain(instance));
                }
                selector = lottery.get();
            }
            case "legacy" -> {
                if (new PanelOracle(new PoolTypes(instance)).relax(new double[new PoolTypes(instance).count()]) == null) {
                    throw new InfeasibleQuotas(Infeasibility.explain(instance));
                }
                Legacy legacy = new Legacy(instance, LEGACY_DRAWS, LEGACY_ESTIMATE_SEED);
                try {
                    legacy.probabilities();
                } catch (Legacy.NoPanel e) {
                    if (Leximin.solve(new PoolTypes(instance), budgetMillis).isEmpty()) {
                        throw new InfeasibleQuotas(Infeasibility.explain(instance));
                    }
                    throw e;
                }
                selector = legacy;
            }
            default -> throw new IllegalArgumentException("Unknown algorithm " + algorithm + " (leximin or legacy)");
        }
        return new Prepared(instance, selector, (System.nanoTime() - start) / 1e9);
    }

    private SelectionRun(SelectionRun other, double seconds) {
        this.instance = other.instance;
        this.selector = other.selector;
        this.probabilities = other.probabilities;
        this.panel = other.panel;
        this.seed = other.seed;
        this.seconds = seconds;
    }

    public SelectionInstance instance() {
        return instance;
    }

    public Selector selector() {
        return selector;
    }

    public double[] probabilities() {
        return probabilities.clone();
    }

    public int[] panel() {
        return panel.clone();
    }

    public long seed() {
        return seed;
    }

    public double seconds() {
        return seconds;
    }

    public double minimumProbability() {
        return Arrays.stream(probabilities).min().orElse(0);
    }

    /** Gini = Σ (2i − n + 1) p_(i) / (n k), p sorted ascending, i from 0. */
    public double gini() {
        return gini(probabilities, instance.k());
    }

    public static double gini(double[] probabilities, int k) {
        double[] sorted = probabilities.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (2.0 * i - n + 1) * sorted[i];
        }
        return Math.max(0, sum / ((double) n * k));
    }
}

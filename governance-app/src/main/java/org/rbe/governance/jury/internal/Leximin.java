package org.rbe.governance.jury.internal;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * LEXIMIN (Flanigan, Gölz, Gupta, Hennig, Procaccia, Nature 2021), re-implemented from its description and
 * solved over types of interchangeable people: among all lotteries over quota-feasible panels, the one that
 * maximises the lowest selection probability, then the next lowest, and so on.
 *
 * <p>Three routes, tried in order:
 * <ol>
 *   <li>When the quotas allow everyone the same probability k/n, that is the optimum, and {@link ProportionalRounding}
 *   finds a lottery achieving it directly, in milliseconds.</li>
 *   <li>Otherwise LEXIMIN over the quotas' linear relaxation ({@link RelaxedLeximin}, a fraction of a second) gives
 *   every type a probability no lottery can beat at the bottom. Column generation then looks for panels (the first
 *   ones by sampling the relaxation, then from the panel oracle, SCIP, priced by the dual of GLOP's linear program)
 *   until a lottery over them gives every type at least 99% of its relaxed probability: the lowest probability is then
 *   within 1% of the best possible, and the share reached is recorded with the lottery. With at most
 *   {@value #EXACT_TYPES} types it goes on to 100%, which is LEXIMIN itself. When the oracle budget runs out first,
 *   a lottery with at least 95% is kept (its share recorded); below that the caller falls back.</li>
 *   <li>When no lottery gets there (the integer panels cannot reach the relaxation), the original staged column
 *   generation: each stage maximises the minimum probability of the types not yet fixed, keeping the fixed ones,
 *   and fixes the types whose dual weight is positive (complementary slackness).</li>
 * </ol>
 * Every step is deterministic (seeded sampling, single-threaded solvers, budgets counted in oracle calls rather than
 * time), so re-running a draw gives the same lottery.
 */
public final class Leximin {
    /** Name and version recorded with draws that use it. */
    public static final String ALGORITHM = "LEXIMIN-types/4";

    private static final double EPS = 1e-4;
    private static final double FIX = 1e-6;
    /**
     * Work allowed to one exact pricing call (SCIP branch-and-bound nodes): counted, not timed, so that a draw stops
     * at the same point, with the same result, on any machine.
     */
    private static final long EXACT_NODES = 20_000;
    private static final int MORE_COLUMNS = 5;
    /** Seeds the order in which the relaxation is sampled for the first panels (fixed: the lottery is reproducible). */
    private static final long SAMPLING_SEED = 20_211_027L;
    /**
     * The column generation towards the relaxation's bound stops once every type has at least this share of its
     * bound (the share reached is recorded): the lowest probability is then within 1% of the best possible lowest
     * probability, and everyone's within 1% of the relaxation's LEXIMIN. The last percent can take ten times as long.
     */
    static final double NEAR_SHARE = 0.99;
    /** Up to this many types the column generation goes on to the bound itself (LEXIMIN), which is quick there. */
    private static final int EXACT_TYPES = 200;
    /**
     * When the oracle budget runs out before {@link #NEAR_SHARE}, the lottery is still kept if every type has at least
     * this share of its bound (recorded with it); below, the caller's fallback draws.
     */
    static final double FLOOR_SHARE = 0.95;
    /**
     * Oracle calls allowed towards the bound when the caller sets no budget; a count, so re-runs stop alike. The
     * programs grow with every call: over 1,765 types (5,000 people, 6 categories) each takes several seconds.
     */
    static final int TOWARDS_ORACLE_CALLS = 12;
    /** The same with at most {@value #EXACT_TYPES} types, where the programs are small and the aim is the bound itself. */
    static final int EXACT_TOWARDS_ORACLE_CALLS = 30;
    /**
     * Panels sampled from the relaxation before the column generation (at most; half the number of types). They are
     * the cheapest good columns: over 1,765 types, 800 of them reach 97.5% of the bound after five oracle calls, where
     * 300 needed thirty.
     */
    private static final int SAMPLED_COLUMNS = 800;
    /** Panels added per oracle call besides the priced one; more would make each call cheaper but worth less. */
    private static final int MORE_COLUMNS_TOWARDS = 10;

    private final PoolTypes types;
    private final PanelOracle oracle;
    private final long deadline;
    private final List<int[]> panels = new ArrayList<>();
    private final Set<String> known = new HashSet<>();
    private static final boolean DEBUG = Boolean.getBoolean("sortition.debug");
    private int oracleCalls;
    private long lastPrint;
    private boolean budgetSpent;
    private long dualNanos;
    private long priceNanos;
    private double unprovenGap;
    private double[] lastLambda;

    private final int maxOracleCalls;

    private Leximin(PoolTypes types, long budgetMillis, int maxOracleCalls) {
        this.types = types;
        this.maxOracleCalls = maxOracleCalls <= 0 ? Integer.MAX_VALUE : maxOracleCalls;
        this.oracle = new PanelOracle(types);
        this.deadline = budgetMillis <= 0 ? Long.MAX_VALUE : System.currentTimeMillis() + budgetMillis;
    }

    /**
     * Thrown when no lottery was computed although the quotas may be feasible: the budget ran out
     * ({@link OutOfTime}) or an LP ended without an optimum (numerical trouble). Callers fall back to LEGACY.
     */
    public static class Unfinished extends RuntimeException {
        Unfinished(String message) {
            super(message);
        }
    }

    /** Thrown when the time or work budget runs out before the lottery is found. */
    public static final class OutOfTime extends Unfinished {
        OutOfTime(String message) {
            super(message);
        }
    }

    /**
     * Computes the LEXIMIN lottery, or empty when no panel meets the quotas.
     *
     * @param budgetMillis time allowed (0: no limit)
     * @throws OutOfTime when the budget is exceeded
     */
    public static Optional<Lottery> solve(PoolTypes types, long budgetMillis) {
        return new Leximin(types, budgetMillis, 0).run();
    }

    /**
     * As {@link #solve(PoolTypes, long)}, also giving up after {@code maxOracleCalls} calls of the panel oracle
     * (0: no limit; {@link #PROPORTIONAL_ONLY}: none at all): a budget in work rather than time, so whether LEXIMIN
     * finishes does not depend on the machine.
     */
    public static Optional<Lottery> solve(PoolTypes types, long budgetMillis, int maxOracleCalls) {
        if (maxOracleCalls == PROPORTIONAL_ONLY) {
            return Optional.of(ProportionalRounding.find(types, ALGORITHM, System.nanoTime()).orElseThrow(() ->
                    new OutOfTime("LEXIMIN would need the column generation, which this draw does not allow")));
        }
        return new Leximin(types, budgetMillis, maxOracleCalls).run();
    }

    /**
     * An oracle budget allowing only the proportional lottery ({@link ProportionalRounding}, milliseconds): LEXIMIN
     * when everyone of the pool can have k/n, otherwise {@link OutOfTime} and the caller's fallback.
     */
    public static final int PROPORTIONAL_ONLY = -1;

    private Optional<Lottery> run() {
        long start = System.nanoTime();
        Optional<Lottery> proportional = ProportionalRounding.find(types, ALGORITHM, start);
        if (proportional.isPresent()) {
            return proportional;
        }
        int n = types.count();
        double[] zero = new double[n];
        if (oracle.relax(zero) == null) {
            return Optional.empty();
        }
        Optional<int[]> first = price(zero, Double.NEGATIVE_INFINITY);
        if (first.isEmpty()) {
            Optional<int[]> exact = oracle.exact(zero, 0);
            if (exact.isEmpty()) {
                return Optional.empty();
            }
            add(exact.get());
        } else {
            add(first.get());
        }
        double[] relaxed = RelaxedLeximin.probabilities(types);
        if (relaxed != null) {
            sampledColumns(relaxed, Math.max(50, Math.min(SAMPLED_COLUMNS, n / 2)));
            if (DEBUG) {
                System.err.printf("sampled columns: %d panels after %.1fs%n", panels.size(), (System.nanoTime() - start) / 1e9);
            }
            double reached = towards(relaxed);
            if (DEBUG) {
                System.err.printf("towards the relaxation: reached %.6f with %d panels after %.1fs%n", reached,
                        panels.size(), (System.nanoTime() - start) / 1e9);
            }
            if (reached >= NEAR_SHARE || (budgetSpent && reached >= FLOOR_SHARE)) {
                double share = Math.min(1, reached);
                double[] bound = new double[n];
                for (int t = 0; t < n; t++) {
                    bound[t] = relaxed[t] * share;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                return Optional.of(Lottery.of(types, panels, finalDistribution(bound), ALGORITHM,
                        new Lottery.Stats(1, panels.size(), oracleCalls, unprovenGap, seconds, share)));
            }
            if (budgetSpent) {
                throw new OutOfTime(String.format(java.util.Locale.ROOT, "LEXIMIN reached %.4f of the relaxation's bound "
                        + "within %d oracle calls (%.2f needed)", reached, oracleCalls, FLOOR_SHARE));
            }
            lastLambda = null;
        }
        initialColumns();
        double[] fixed = new double[n];
        Arrays.fill(fixed, Double.NaN);
        coverage(fixed);
        int stages = 0;
        while (Arrays.stream(fixed).anyMatch(Double::isNaN)) {
            stages++;
            stage(fixed);
        }
        long f0 = System.nanoTime();
        double[] lambda = finalDistribution(fixed);
        if (DEBUG) {
            System.err.printf("final LP %.1fs over %d panels%n", (System.nanoTime() - f0) / 1e9, panels.size());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return Optional.of(Lottery.of(types, panels, lambda, ALGORITHM,
                new Lottery.Stats(stages, panels.size(), oracleCalls, unprovenGap, seconds, 1)));
    }

    /** Multiplicative weights: panels spread over many types, a warm start for the column generation. */
    private void initialColumns() {
        int n = types.count();
        int people = types.instance().size();
        double[] weight = new double[n];
        Arrays.fill(weight, 1.0);
        int rounds = Math.min(3 * n, 30 + n / 40);
        for (int round = 0; round < rounds; round++) {
            checkTime();
            Optional<int[]> panel = price(weight, Double.NEGATIVE_INFINITY);
            if (panel.isEmpty()) {
                break;
            }
            if (add(panel.get())) {
                for (int t = 0; t < n; t++) {
                    weight[t] *= 1 - 0.2 * panel.get()[t] / types.size(t);
                }
            } else {
                for (int t = 0; t < n; t++) {
                    weight[t] = 0.9 * weight[t] + 0.1;
                }
            }
            double sum = 0;
            for (int t = 0; t < n; t++) {
                sum += weight[t] * types.size(t);
            }
            for (int t = 0; t < n; t++) {
                weight[t] *= people / sum;
            }
        }
    }

    /**
     * Panels near the relaxation's LEXIMIN: its expected counts rounded by systematic sampling along a seeded random
     * order of the types (each type taken ⌊y⌋ or ⌈y⌉ times, y on average), then made quota-feasible by the panel
     * program that keeps as much of the sample as it can, adding at most one person of a type not sampled. The samples
     * are drawn in order from the seeded stream and their programs solved in parallel, added in the same order: the
     * panels do not depend on the number of threads.
     */
    private void sampledColumns(double[] relaxed, int count) {
        int n = types.count();
        java.util.SplittableRandom random = new java.util.SplittableRandom(SAMPLING_SEED);
        int[] order = new int[n];
        Arrays.setAll(order, t -> t);
        int batch = 64;
        for (int first = 0; first < count; first += batch) {
            checkTime();
            List<int[]> uppers = new ArrayList<>();
            List<double[]> keeps = new ArrayList<>();
            for (int s = first; s < Math.min(count, first + batch); s++) {
                for (int i = n - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int swap = order[i];
                    order[i] = order[j];
                    order[j] = swap;
                }
                double offset = random.nextDouble();
                double before = 0;
                int[] upper = new int[n];
                double[] keep = new double[n];
                for (int t : order) {
                    double after = before + relaxed[t] * types.size(t);
                    int sampled = (int) (Math.floor(after - offset) - Math.floor(before - offset));
                    before = after;
                    upper[t] = Math.min(types.size(t), Math.max(sampled, 1));
                    keep[t] = (sampled > 0 ? 1 : 0) + 1e-3 * random.nextDouble();
                }
                uppers.add(upper);
                keeps.add(keep);
            }
            java.util.stream.IntStream.range(0, uppers.size()).parallel()
                    .mapToObj(i -> oracle.nearWithin(keeps.get(i), uppers.get(i), EXACT_NODES))
                    .toList()
                    .forEach(panel -> panel.ifPresent(this::add));
        }
    }

    /** Types in no panel found yet: find one that includes them, or fix them at 0 when none can. */
    private void coverage(double[] fixed) {
        int n = types.count();
        boolean[] covered = new boolean[n];
        for (int[] panel : panels) {
            for (int t = 0; t < n; t++) {
                covered[t] |= panel[t] > 0;
            }
        }
        for (int t = 0; t < n; t++) {
            if (covered[t]) {
                continue;
            }
            checkTime();
            double[] w = new double[n];
            w[t] = 1;
            final int type = t;
            PanelOracle.Relaxed relaxed = oracle.relax(w);
            Optional<int[]> panel = relaxed == null || relaxed.value() < 1 - 1e-9 ? Optional.empty()
                    : oracle.round(w, relaxed).filter(p -> p[type] > 0)
                    .or(() -> oracle.exact(w, EXACT_NODES).filter(p -> p[type] > 0));
            if (panel.isEmpty()) {
                fixed[t] = 0;
            } else {
                add(panel.get());
                for (int u = 0; u < n; u++) {
                    covered[u] |= panel.get()[u] > 0;
                }
            }
        }
    }

    private double[] perPerson() {
        double[] scale = new double[types.count()];
        for (int t = 0; t < scale.length; t++) {
            scale[t] = 1.0 / types.size(t);
        }
        return scale;
    }

    /**
     * Column generation towards the relaxation's LEXIMIN probabilities: the largest z such that some lottery over the
     * panels gives every type at least z times its relaxed probability. Returns z (1 within {@link #EPS}: that lottery
     * is the LEXIMIN lottery) and leaves its distribution in {@link #lastLambda}.
     */
    private double towards(double[] bound) {
        int n = types.count();
        double target = n <= EXACT_TYPES ? 1 - EPS : NEAR_SHARE;
        double[] fixed = new double[n];
        double[] scale = new double[n];
        for (int t = 0; t < n; t++) {
            boolean positive = bound[t] > FIX;
            fixed[t] = positive ? Double.NaN : 0;
            scale[t] = positive ? 1.0 / (types.size(t) * bound[t]) : 0;
        }
        try (DualProgram program = new DualProgram(fixed, scale)) {
            while (true) {
                checkTime();
                long t0 = System.nanoTime();
                Dual dual = program.solve();
                dualNanos += System.nanoTime() - t0;
                lastLambda = dual.lambda;
                if (DEBUG && System.nanoTime() - lastPrint > 3e9) {
                    lastPrint = System.nanoTime();
                    System.err.printf("  towards z=%.6f panels=%d oracle calls %d dual %.1fs price %.1fs%n", dual.yhat,
                            panels.size(), oracleCalls, dualNanos / 1e9, priceNanos / 1e9);
                }
                if (dual.yhat >= target) {
                    return dual.yhat;
                }
                if (oracleCalls >= Math.min(maxOracleCalls, towardsBudget(n))) {
                    budgetSpent = true;
                    return dual.yhat;
                }
                double[] weights = new double[n];
                for (int t = 0; t < n; t++) {
                    weights[t] = dual.w[t] * scale[t];
                }
                long t1 = System.nanoTime();
                Optional<int[]> better = price(weights, dual.yhat + EPS);
                if (better.isPresent() && add(better.get())) {
                    moreColumns(weights, better.get(), dual.yhat + EPS, MORE_COLUMNS_TOWARDS);
                    priceNanos += System.nanoTime() - t1;
                    continue;
                }
                priceNanos += System.nanoTime() - t1;
                if (DEBUG) {
                    System.err.printf("towards the relaxation: z=%.6f panels=%d dual %.1fs price %.1fs%n", dual.yhat,
                            panels.size(), dualNanos / 1e9, priceNanos / 1e9);
                }
                return dual.yhat;
            }
        }
    }

    /** Oracle calls allowed towards the bound over {@code n} types when the caller allows more. */
    static int towardsBudget(int n) {
        return n <= EXACT_TYPES ? EXACT_TOWARDS_ORACLE_CALLS : TOWARDS_ORACLE_CALLS;
    }

    /** One stage: maximise the minimum over unfixed types, then fix those whose dual weight is positive. */
    private void stage(double[] fixed) {
        try (DualProgram program = new DualProgram(fixed)) {
            stage(fixed, program);
        }
    }

    private void stage(double[] fixed, DualProgram program) {
        int n = types.count();
        while (true) {
            checkTime();
            long t0 = System.nanoTime();
            Dual dual = program.solve();
            dualNanos += System.nanoTime() - t0;
            double[] weights = new double[n];
            for (int t = 0; t < n; t++) {
                weights[t] = dual.w[t] / types.size(t);
            }
            long t1 = System.nanoTime();
            Optional<int[]> better = price(weights, dual.yhat + EPS);
            priceNanos += System.nanoTime() - t1;
            if (DEBUG && panels.size() % 20 == 0) {
                System.err.printf("  iter panels=%d yhat=%.6f obj=%.6f dual %.1fs price %.1fs%n", panels.size(), dual.yhat,
                        dual.objective, dualNanos / 1e9, priceNanos / 1e9);
            }
            double ceiling = averageOfUnfixed(fixed);
            boolean atCeiling = dual.objective >= ceiling - EPS / 2;
            if (!atCeiling && better.isPresent() && add(better.get())) {
                long t2 = System.nanoTime();
                moreColumns(weights, better.get(), dual.yhat + EPS);
                priceNanos += System.nanoTime() - t2;
                continue;
            }
            if (atCeiling) {
                // the minimum equals the average of the unfixed types: all of them are at it
                double z = Math.max(0, Math.min(1, dual.objective));
                for (int t = 0; t < n; t++) {
                    if (Double.isNaN(fixed[t])) {
                        fixed[t] = z;
                    }
                }
                lastLambda = dual.lambda;
                return;
            }
            double z = Math.max(0, dual.objective);
            if (DEBUG) {
                System.err.printf("stage z=%.6f panels=%d fixed=%d dual %.1fs price %.1fs%n", z, panels.size(),
                        Arrays.stream(fixed).filter(f -> !Double.isNaN(f)).count(), dualNanos / 1e9, priceNanos / 1e9);
            }
            boolean any = false;
            for (int t = 0; t < n; t++) {
                if (Double.isNaN(fixed[t]) && dual.w[t] > FIX) {
                    fixed[t] = Math.min(1, z);
                    any = true;
                }
            }
            if (!any) {
                int heaviest = -1;
                for (int t = 0; t < n; t++) {
                    if (Double.isNaN(fixed[t]) && (heaviest < 0 || dual.w[t] > dual.w[heaviest])) {
                        heaviest = t;
                    }
                }
                fixed[heaviest] = Math.min(1, z);
            }
            lastLambda = dual.lambda;
            return;
        }
    }

    /** The highest minimum possible: the unfixed types' share of the k seats left by the fixed ones, per person. */
    private double averageOfUnfixed(double[] fixed) {
        double seats = types.instance().k();
        double people = 0;
        for (int t = 0; t < fixed.length; t++) {
            if (Double.isNaN(fixed[t])) {
                people += types.size(t);
            } else {
                seats -= fixed[t] * types.size(t);
            }
        }
        return people == 0 ? 0 : seats / people;
    }

    /**
     * Further columns from one dual solution: lower the weights of the types the last panel used and look again,
     * keeping the panels that still violate the dual (cheap relaxation-and-rounding only).
     */
    private void moreColumns(double[] weights, int[] last, double threshold) {
        moreColumns(weights, last, threshold, MORE_COLUMNS);
    }

    private void moreColumns(double[] weights, int[] last, double threshold, int count) {
        double[] w = weights.clone();
        int[] panel = last;
        for (int extra = 0; extra < count; extra++) {
            for (int t = 0; t < w.length; t++) {
                if (panel[t] > 0) {
                    w[t] *= 1 - 0.5 * panel[t] / types.size(t);
                }
            }
            PanelOracle.Relaxed relaxed = oracle.relax(w);
            if (relaxed == null) {
                return;
            }
            Optional<int[]> next = oracle.round(w, relaxed);
            if (next.isEmpty()) {
                return;
            }
            panel = next.get();
            if (PanelOracle.value(panel, weights) > threshold) {
                add(panel);
            }
        }
    }

    /**
     * A panel whose weighted sum exceeds {@code threshold}, or empty when there is none (proven by the
     * relaxation or the exact program; an exact program stopped by its time limit counts as none).
     */
    private Optional<int[]> price(double[] weights, double threshold) {
        oracleCalls++;
        PanelOracle.Relaxed relaxed = oracle.relax(weights);
        if (relaxed == null || relaxed.value() <= threshold) {
            return Optional.empty();
        }
        Optional<int[]> near = oracle.round(weights, relaxed);
        if (near.isPresent() && PanelOracle.value(near.get(), weights) > threshold) {
            return near;
        }
        if (threshold == Double.NEGATIVE_INFINITY) {
            return near;
        }
        long t0 = System.nanoTime();
        Optional<int[]> exact = oracle.exact(weights, EXACT_NODES);
        checkTime();
        if (DEBUG) {
            System.err.printf("    exact %.1fs: relaxed %.6f rounded %.6f exact %.6f threshold %.6f%n",
                    (System.nanoTime() - t0) / 1e9, relaxed.value(),
                    near.map(p -> PanelOracle.value(p, weights)).orElse(Double.NaN),
                    exact.map(p -> PanelOracle.value(p, weights)).orElse(Double.NaN), threshold);
        }
        if (exact.isPresent() && PanelOracle.value(exact.get(), weights) > threshold) {
            return exact;
        }
        unprovenGap = Math.max(unprovenGap, relaxed.value() - threshold);
        return Optional.empty();
    }

    private boolean add(int[] panel) {
        if (known.add(Arrays.toString(panel))) {
            panels.add(panel);
            return true;
        }
        return false;
    }

    /** A dual solution, with the primal λ over the known panels read from its multipliers (null if unavailable). */
    private record Dual(double[] w, double yhat, double objective, double[] lambda) {
    }

    /**
     * One stage's dual program: min ŷ − Σ_fixed p_t w_t  s.t.  Σ_t w_t c_t(P)/m_t ≤ ŷ for every known panel P,
     * Σ_unfixed w_t = 1, w ≥ 0. It stays open for the whole stage: panels found are added as rows and the solver
     * continues from its last basis instead of starting over.
     */
    private final class DualProgram implements AutoCloseable {
        private final double[] fixed;
        private final double[] scale;
        private final MPSolver lp = LinearSolvers.withoutPresolve("leximin dual");
        private final MPVariable[] w;
        private final MPVariable yhat;
        private final List<MPConstraint> rows = new ArrayList<>();

        DualProgram(double[] fixed) {
            this(fixed, perPerson());
        }

        /** With {@code scale[t]} in place of 1/m_t: the rows then weigh each type's count by it. */
        DualProgram(double[] fixed, double[] scale) {
            this.fixed = fixed;
            this.scale = scale;
            int n = types.count();
            w = new MPVariable[n];
            for (int t = 0; t < n; t++) {
                w[t] = lp.makeNumVar(0, MPSolver.infinity(), "w" + t);
                lp.objective().setCoefficient(w[t], Double.isNaN(fixed[t]) ? 0 : -fixed[t]);
            }
            yhat = lp.makeNumVar(0, MPSolver.infinity(), "yhat");
            lp.objective().setCoefficient(yhat, 1);
            lp.objective().setMinimization();
            MPConstraint norm = lp.makeConstraint(1, 1, "norm");
            for (int t = 0; t < n; t++) {
                if (Double.isNaN(fixed[t])) {
                    norm.setCoefficient(w[t], 1);
                }
            }
        }

        /** Adds the rows of the panels found since the last call. */
        private void catchUp() {
            for (int p = rows.size(); p < panels.size(); p++) {
                int[] panel = panels.get(p);
                MPConstraint row = lp.makeConstraint(-MPSolver.infinity(), 0, "P" + p);
                row.setCoefficient(yhat, -1);
                for (int t = 0; t < panel.length; t++) {
                    if (panel[t] > 0 && scale[t] != 0) {
                        row.setCoefficient(w[t], panel[t] * scale[t]);
                    }
                }
                rows.add(row);
            }
        }

        Dual solve() {
            catchUp();
            limitTime(lp);
            MPSolver.ResultStatus status = lp.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                // GLOP continuing from its last basis occasionally ends ABNORMAL; from scratch it solves
                lp.reset();
                status = lp.solve();
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                checkTime();
                throw new Unfinished("The LEXIMIN dual LP ended " + status);
            }
            int n = types.count();
            double[] values = new double[n];
            double objective = yhat.solutionValue();
            for (int t = 0; t < n; t++) {
                values[t] = Math.max(0, w[t].solutionValue());
                if (!Double.isNaN(fixed[t])) {
                    objective -= fixed[t] * values[t];
                }
            }
            return new Dual(values, yhat.solutionValue(), objective, multipliers(rows.toArray(new MPConstraint[0])));
        }

        @Override
        public void close() {
            lp.delete();
        }
    }

    /**
     * The distribution over the panels found: min ε  s.t.  Σ λ = 1, Σ_P λ_P c_t(P)/m_t ≥ p_t − ε for every type.
     * Solved as its dual (max v + Σ p_t u_t  s.t.  v + Σ_t u_t c_t(P)/m_t ≤ 0 per panel, Σ u ≤ 1, u ≥ 0), whose
     * shape ojAlgo's simplex handles well, with λ read from the panel rows' multipliers; the primal LP directly
     * when those do not check out. λ is clipped at 0 and renormalised.
     */
    private double[] finalDistribution(double[] fixed) {
        if (DEBUG) {
            System.err.println("last lambda " + (lastLambda == null ? "none" : Arrays.stream(lastLambda).sum() + " over " + lastLambda.length));
        }
        if (lastLambda != null) {
            double[] lambda = Arrays.copyOf(lastLambda, panels.size());
            double[] normalised = normalise(lambda);
            if (normalised != null) {
                double[] marginal = marginals(normalised);
                boolean good = true;
                for (int t = 0; t < marginal.length; t++) {
                    good &= marginal[t] >= fixed[t] - 1e-6;
                }
                if (good) {
                    return normalised;
                }
                if (DEBUG) {
                    double worst = 0;
                    for (int t = 0; t < marginal.length; t++) {
                        worst = Math.min(worst, marginal[t] - fixed[t]);
                    }
                    System.err.println("last stage's multipliers do not check out (" + worst + "); solving the final LP");
                }
            }
        }
        double[] fromDual = distributionFromDual(fixed);
        if (fromDual != null) {
            return fromDual;
        }
        return distributionFromPrimal(fixed);
    }

    private double[] distributionFromDual(double[] fixed) {
        int n = types.count();
        MPSolver lp = LinearSolvers.linear("leximin distribution (dual)");
        try {
            MPVariable[] u = new MPVariable[n];
            for (int t = 0; t < n; t++) {
                u[t] = lp.makeNumVar(0, MPSolver.infinity(), "u" + t);
                lp.objective().setCoefficient(u[t], fixed[t]);
            }
            MPVariable v = lp.makeNumVar(-MPSolver.infinity(), MPSolver.infinity(), "v");
            lp.objective().setCoefficient(v, 1);
            lp.objective().setMaximization();
            MPConstraint[] rows = new MPConstraint[panels.size()];
            for (int p = 0; p < rows.length; p++) {
                rows[p] = lp.makeConstraint(-MPSolver.infinity(), 0, "P" + p);
                rows[p].setCoefficient(v, 1);
                for (int t = 0; t < n; t++) {
                    if (panels.get(p)[t] > 0) {
                        rows[p].setCoefficient(u[t], (double) panels.get(p)[t] / types.size(t));
                    }
                }
            }
            MPConstraint cap = lp.makeConstraint(-MPSolver.infinity(), 1, "cap");
            for (MPVariable x : u) {
                cap.setCoefficient(x, 1);
            }
            if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                return null;
            }
            double[] normalised = normalise(multipliers(rows));
            if (normalised == null) {
                return null;
            }
            double eps = Math.max(0, -lp.objective().value());
            double[] marginal = marginals(normalised);
            for (int t = 0; t < n; t++) {
                if (marginal[t] < fixed[t] - eps - 1e-6) {
                    return null;
                }
            }
            return normalised;
        } finally {
            lp.delete();
        }
    }

    /** The multipliers of the panel rows: the probability of each panel in the primal solution. */
    private static double[] multipliers(MPConstraint[] rows) {
        double[] values = new double[rows.length];
        for (int p = 0; p < values.length; p++) {
            values[p] = Math.abs(rows[p].dualValue());
        }
        return values;
    }

    private double[] marginals(double[] lambda) {
        double[] marginal = new double[types.count()];
        for (int p = 0; p < lambda.length; p++) {
            for (int t = 0; t < marginal.length; t++) {
                marginal[t] += lambda[p] * panels.get(p)[t] / types.size(t);
            }
        }
        return marginal;
    }

    private static double[] normalise(double[] values) {
        double total = 0;
        for (int p = 0; p < values.length; p++) {
            values[p] = values[p] < 1e-12 ? 0 : Math.min(1, values[p]);
            total += values[p];
        }
        if (!(total > 0.5 && total < 1.5)) {
            return null;
        }
        for (int p = 0; p < values.length; p++) {
            values[p] /= total;
        }
        return values;
    }

    private double[] distributionFromPrimal(double[] fixed) {
        int n = types.count();
        MPSolver lp = LinearSolvers.linear("leximin distribution");
        try {
            MPVariable[] lambda = new MPVariable[panels.size()];
            MPConstraint sum = lp.makeConstraint(1, 1, "sum");
            for (int p = 0; p < lambda.length; p++) {
                lambda[p] = lp.makeNumVar(0, MPSolver.infinity(), "l" + p);
                sum.setCoefficient(lambda[p], 1);
            }
            MPVariable eps = lp.makeNumVar(0, MPSolver.infinity(), "eps");
            lp.objective().setCoefficient(eps, 1);
            lp.objective().setMinimization();
            for (int t = 0; t < n; t++) {
                MPConstraint row = lp.makeConstraint(fixed[t], MPSolver.infinity(), "t" + t);
                row.setCoefficient(eps, 1);
                for (int p = 0; p < lambda.length; p++) {
                    if (panels.get(p)[t] > 0) {
                        row.setCoefficient(lambda[p], (double) panels.get(p)[t] / types.size(t));
                    }
                }
            }
            MPSolver.ResultStatus status = lp.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                throw new Unfinished("The LEXIMIN final LP ended " + status);
            }
            double[] values = new double[lambda.length];
            for (int p = 0; p < values.length; p++) {
                values[p] = Math.max(0, lambda[p].solutionValue());
            }
            double[] normalised = normalise(values);
            if (normalised == null) {
                throw new Unfinished("The LEXIMIN final LP gave no distribution");
            }
            return normalised;
        } finally {
            lp.delete();
        }
    }

    private void limitTime(MPSolver lp) {
        if (deadline != Long.MAX_VALUE) {
            lp.setTimeLimit(Math.max(1, deadline - System.currentTimeMillis()));
        }
    }

    private void checkTime() {
        if (oracleCalls > maxOracleCalls) {
            throw new OutOfTime("LEXIMIN did not finish within " + maxOracleCalls + " oracle calls");
        }
        if (System.currentTimeMillis() > deadline) {
            throw new OutOfTime("LEXIMIN did not finish within its time budget (" + panels.size() + " panels so far)");
        }
    }
}

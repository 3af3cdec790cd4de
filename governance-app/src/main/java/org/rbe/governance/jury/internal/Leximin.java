package org.rbe.governance.jury.internal;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

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
 * <p>Column generation: each stage solves the dual of "maximise the minimum probability of the types not yet
 * fixed, keeping the fixed ones" over the panels known so far (ojAlgo LP), then asks the panel oracle (ojAlgo
 * integer program) for a panel that violates the dual; when none does, the types with positive dual weight are
 * fixed at the stage's optimum (complementary slackness). A final LP turns the fixed probabilities into a
 * distribution over the panels found. By symmetry the optimum gives everyone of a type the same probability.
 *
 * <p>When the quotas allow everyone the same probability k/n, that is the optimum and {@link ProportionalRounding}
 * finds a lottery achieving it directly, usually in milliseconds; the column generation runs otherwise.
 */
public final class Leximin {
    /** Name and version recorded with draws that use it. */
    public static final String ALGORITHM = "LEXIMIN-types/2";

    private static final double EPS = 1e-4;
    private static final double FIX = 1e-6;
    private static final long EXACT_MILLIS = 20_000;
    private static final int MORE_COLUMNS = 5;

    private final PoolTypes types;
    private final PanelOracle oracle;
    private final long deadline;
    private final List<int[]> panels = new ArrayList<>();
    private final Set<String> known = new HashSet<>();
    private static final boolean DEBUG = Boolean.getBoolean("sortition.debug");
    private int oracleCalls;
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
        initialColumns();
        if (DEBUG) {
            System.err.printf("initial columns %d after %.1fs%n", panels.size(), (System.nanoTime() - start) / 1e9);
        }
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
                new Lottery.Stats(stages, panels.size(), oracleCalls, unprovenGap, seconds)));
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
                    .or(() -> oracle.exact(w, EXACT_MILLIS).filter(p -> p[type] > 0));
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

    /** One stage: maximise the minimum over unfixed types, then fix those whose dual weight is positive. */
    private void stage(double[] fixed) {
        int n = types.count();
        while (true) {
            checkTime();
            long t0 = System.nanoTime();
            Dual dual = solveDual(fixed);
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
        double[] w = weights.clone();
        int[] panel = last;
        for (int extra = 0; extra < MORE_COLUMNS; extra++) {
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
        Optional<int[]> exact = oracle.exact(weights, Math.min(EXACT_MILLIS, Math.max(1, deadline - System.currentTimeMillis())));
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

    /** min ŷ − Σ_fixed p_t w_t  s.t.  Σ_t w_t c_t(P)/m_t ≤ ŷ for every known panel P, Σ_unfixed w_t = 1, w ≥ 0. */
    private Dual solveDual(double[] fixed) {
        int n = types.count();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] w = new Variable[n];
        for (int t = 0; t < n; t++) {
            w[t] = model.addVariable("w" + t).lower(0).weight(Double.isNaN(fixed[t]) ? 0 : -fixed[t]);
        }
        Variable yhat = model.addVariable("yhat").lower(0).weight(1);
        for (int p = 0; p < panels.size(); p++) {
            int[] panel = panels.get(p);
            Expression row = model.addExpression("P" + p).upper(0);
            row.set(yhat, -1);
            for (int t = 0; t < n; t++) {
                if (panel[t] > 0) {
                    row.set(w[t], (double) panel[t] / types.size(t));
                }
            }
        }
        Expression norm = model.addExpression("norm").level(1);
        for (int t = 0; t < n; t++) {
            if (Double.isNaN(fixed[t])) {
                norm.set(w[t], 1);
            }
        }
        limitTime(model);
        Optimisation.Result result = model.minimise();
        if (!result.getState().isOptimal()) {
            checkTime();
            throw new Unfinished("The LEXIMIN dual LP ended " + result.getState());
        }
        double[] values = new double[n];
        double objective = result.doubleValue(n);
        for (int t = 0; t < n; t++) {
            values[t] = Math.max(0, result.doubleValue(t));
            if (!Double.isNaN(fixed[t])) {
                objective -= fixed[t] * values[t];
            }
        }
        return new Dual(values, result.doubleValue(n), objective, panelMultipliers(result));
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
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] u = new Variable[n];
        for (int t = 0; t < n; t++) {
            u[t] = model.addVariable("u" + t).lower(0).weight(fixed[t]);
        }
        Variable v = model.addVariable("v").weight(1);
        Expression[] rows = new Expression[panels.size()];
        for (int p = 0; p < panels.size(); p++) {
            rows[p] = model.addExpression("P" + p).upper(0);
            rows[p].set(v, 1);
            for (int t = 0; t < n; t++) {
                if (panels.get(p)[t] > 0) {
                    rows[p].set(u[t], (double) panels.get(p)[t] / types.size(t));
                }
            }
        }
        Expression cap = model.addExpression("cap").upper(1);
        for (Variable x : u) {
            cap.set(x, 1);
        }
        Optimisation.Result result = model.maximise();
        if (!result.getState().isOptimal()) {
            return null;
        }
        double[] values = new double[panels.size()];
        var multipliers = result.getMatchedMultipliers();
        java.util.Map<String, Double> byName = new java.util.HashMap<>();
        for (var entry : multipliers) {
            byName.merge(entry.getKey().first().getName(), entry.doubleValue(), Double::sum);
        }
        for (int p = 0; p < values.length; p++) {
            values[p] = Math.abs(byName.getOrDefault("P" + p, 0.0));
        }
        double[] normalised = normalise(values);
        if (normalised == null) {
            return null;
        }
        double eps = Math.max(0, -result.getValue());
        double[] marginal = marginals(normalised);
        for (int t = 0; t < n; t++) {
            if (marginal[t] < fixed[t] - eps - 1e-6) {
                return null;
            }
        }
        return normalised;
    }

    private double[] panelMultipliers(Optimisation.Result result) {
        java.util.Map<String, Double> byName = new java.util.HashMap<>();
        for (var entry : result.getMatchedMultipliers()) {
            byName.merge(entry.getKey().first().getName(), entry.doubleValue(), Double::sum);
        }
        double[] values = new double[panels.size()];
        for (int p = 0; p < values.length; p++) {
            values[p] = Math.abs(byName.getOrDefault("P" + p, 0.0));
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
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] lambda = new Variable[panels.size()];
        for (int p = 0; p < lambda.length; p++) {
            lambda[p] = model.addVariable("l" + p).lower(0);
        }
        Variable eps = model.addVariable("eps").lower(0).weight(1);
        Expression sum = model.addExpression("sum").level(1);
        for (Variable l : lambda) {
            sum.set(l, 1);
        }
        for (int t = 0; t < n; t++) {
            Expression row = model.addExpression("t" + t).lower(fixed[t]);
            row.set(eps, 1);
            for (int p = 0; p < lambda.length; p++) {
                if (panels.get(p)[t] > 0) {
                    row.set(lambda[p], (double) panels.get(p)[t] / types.size(t));
                }
            }
        }
        Optimisation.Result result = model.minimise();
        if (!result.getState().isFeasible()) {
            throw new Unfinished("The LEXIMIN final LP ended " + result.getState());
        }
        double[] values = new double[lambda.length];
        for (int p = 0; p < values.length; p++) {
            values[p] = Math.max(0, result.doubleValue(p));
        }
        double[] normalised = normalise(values);
        if (normalised == null) {
            throw new Unfinished("The LEXIMIN final LP gave no distribution");
        }
        return normalised;
    }

    private void limitTime(ExpressionsBasedModel model) {
        if (deadline != Long.MAX_VALUE) {
            model.options.time_abort = Math.max(1, deadline - System.currentTimeMillis());
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

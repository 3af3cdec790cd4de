package org.rbe.governance.jury.internal;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.util.Optional;

/**
 * The "committee oracle" over types: the quota-feasible panel (a count per type, at most the type's size, summing
 * to k, every feature between its bounds) that maximises a weighted sum of the counts. An integer program solved
 * with ojAlgo; its linear relaxation gives a cheap upper bound.
 */
final class PanelOracle {
    /**
     * One branch-and-bound worker with one node order. ojAlgo's default races four workers (one per node order) and
     * keeps whichever optimal panel is found first, so ties between equally good panels would be broken by thread
     * timing; one worker makes the search depend on its input only.
     */
    private static final org.ojalgo.optimisation.integer.IntegerStrategy SEQUENTIAL =
            org.ojalgo.optimisation.integer.IntegerStrategy.DEFAULT.withParallelism(() -> 1)
                    .withPriorityDefinitions(org.ojalgo.optimisation.integer.NodeKey.FIFO_SEQUENCE);

    /**
     * ojAlgo names the cuts it adds during branch and bound with a JVM-wide counter, and the cuts' names decide the
     * order in which their rows are visited, so the same program solved later in the same JVM could take another
     * path and end on another of several equally good panels (the lottery, and the panel a seed draws from it, would
     * change from one run to the next). Each solve therefore starts the counter from zero, one solve at a time.
     */
    private static final java.util.concurrent.atomic.AtomicInteger CUT_COUNTER = cutCounter();

    private static java.util.concurrent.atomic.AtomicInteger cutCounter() {
        try {
            java.lang.reflect.Field field = Class.forName("org.ojalgo.optimisation.integer.NodeSolver").getDeclaredField("COUNTER");
            field.setAccessible(true);
            return (java.util.concurrent.atomic.AtomicInteger) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("This ojAlgo version does not name its cuts as expected; integer programs "
                    + "would not be reproducible (see PanelOracle.CUT_COUNTER)", e);
        }
    }

    /**
     * Solves an integer program so that the same program always gives the same answer: one worker, the cut counter
     * from zero, one integer program at a time in this JVM.
     */
    static Optimisation.Result solveReproducibly(ExpressionsBasedModel model, boolean maximise) {
        model.options.integer(SEQUENTIAL);
        synchronized (CUT_COUNTER) {
            CUT_COUNTER.set(0);
            return maximise ? model.maximise() : model.minimise();
        }
    }

    /** How many branch-and-bound workers an integer program runs with (one). */
    static int workers() {
        return SEQUENTIAL.getWorkerPriorities().size();
    }

    private final PoolTypes types;
    private final SelectionInstance instance;

    PanelOracle(PoolTypes types) {
        this.types = types;
        this.instance = types.instance();
    }

    /** The best panel for {@code weights} (one per type, per person of the type), or empty when none is feasible. */
    Optional<int[]> best(double[] weights) {
        return exact(weights, 0);
    }

    /** The linear relaxation: its value bounds every panel's weighted sum; null when even it is infeasible. */
    Relaxed relax(double[] weights) {
        Variable[] vars = new Variable[types.count()];
        Optimisation.Result result = model(weights, false, vars, null, null).maximise();
        if (!result.getState().isFeasible()) {
            return null;
        }
        double[] x = new double[vars.length];
        for (int t = 0; t < x.length; t++) {
            x[t] = result.doubleValue(t);
        }
        return new Relaxed(value(x, weights), x);
    }

    /** A relaxed optimum: its value and the fractional counts. */
    record Relaxed(double value, double[] counts) {
    }

    /**
     * A good panel near a relaxed optimum: the integral counts kept, the fractional ones rounded by a small
     * integer program; if that has no solution, every type used by the relaxation may move by one or more.
     */
    Optional<int[]> round(double[] weights, Relaxed relaxed) {
        int n = types.count();
        int[] lower = new int[n];
        int[] upper = new int[n];
        double[] x = relaxed.counts();
        for (int t = 0; t < n; t++) {
            double f = Math.floor(x[t] + 1e-7);
            boolean integral = Math.abs(x[t] - Math.rint(x[t])) < 1e-7;
            lower[t] = integral ? (int) Math.rint(x[t]) : (int) f;
            upper[t] = integral ? (int) Math.rint(x[t]) : (int) f + 1;
        }
        Optional<int[]> near = solve(weights, lower, upper, 0);
        if (near.isPresent()) {
            return near;
        }
        for (int t = 0; t < n; t++) {
            if (x[t] > 1e-7) {
                lower[t] = Math.max(0, lower[t] - 1);
                upper[t] = Math.min(types.size(t), upper[t] + 1);
            }
        }
        return solve(weights, lower, upper, 0);
    }

    /** The exact optimum, or the best panel found within {@code millis} (0: no limit). */
    Optional<int[]> exact(double[] weights, long millis) {
        return solve(weights, null, null, millis);
    }

    private Optional<int[]> solve(double[] weights, int[] lower, int[] upper, long millis) {
        Variable[] vars = new Variable[types.count()];
        ExpressionsBasedModel model = model(weights, true, vars, lower, upper);
        if (millis > 0) {
            model.options.time_abort = millis;
        }
        Optimisation.Result result = solveReproducibly(model, true);
        if (!result.getState().isFeasible()) {
            return Optional.empty();
        }
        int[] counts = new int[vars.length];
        for (int t = 0; t < vars.length; t++) {
            counts[t] = (int) Math.round(result.doubleValue(t));
        }
        return isFeasible(counts) ? Optional.of(counts) : Optional.empty();
    }

    static double value(double[] counts, double[] weights) {
        double sum = 0;
        for (int t = 0; t < counts.length; t++) {
            sum += counts[t] * weights[t];
        }
        return sum;
    }

    static double value(int[] counts, double[] weights) {
        double sum = 0;
        for (int t = 0; t < counts.length; t++) {
            sum += counts[t] * weights[t];
        }
        return sum;
    }

    boolean isFeasible(int[] counts) {
        int total = 0;
        int[] perFeature = new int[instance.featureCount()];
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] < 0 || counts[t] > types.size(t)) {
                return false;
            }
            total += counts[t];
            for (int f : types.features(t)) {
                perFeature[f] += counts[t];
            }
        }
        if (total != instance.k()) {
            return false;
        }
        for (int f = 0; f < perFeature.length; f++) {
            SelectionInstance.Feature feature = instance.features().get(f);
            if (perFeature[f] < feature.min() || perFeature[f] > feature.max()) {
                return false;
            }
        }
        return true;
    }

    private ExpressionsBasedModel model(double[] weights, boolean integer, Variable[] vars, int[] lower, int[] upper) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        for (int t = 0; t < vars.length; t++) {
            vars[t] = model.addVariable("c" + t).lower(lower == null ? 0 : lower[t])
                    .upper(upper == null ? types.size(t) : upper[t]).weight(weights[t]);
            if (integer) {
                vars[t].integer(true);
            }
        }
        Expression total = model.addExpression("k").level(instance.k());
        for (Variable v : vars) {
            total.set(v, 1);
        }
        Expression[] quota = new Expression[instance.featureCount()];
        int[] pool = new int[instance.featureCount()];
        for (int t = 0; t < vars.length; t++) {
            for (int f : types.features(t)) {
                pool[f] += types.size(t);
            }
        }
        for (int f = 0; f < quota.length; f++) {
            SelectionInstance.Feature feature = instance.features().get(f);
            boolean binding = feature.min() > 0 || feature.max() < Math.min(pool[f], instance.k());
            if (binding) {
                quota[f] = model.addExpression("f" + f).lower(feature.min()).upper(feature.max());
            }
        }
        for (int t = 0; t < vars.length; t++) {
            for (int f : types.features(t)) {
                if (quota[f] != null) {
                    quota[f].set(vars[t], 1);
                }
            }
        }
        return model;
    }
}

package org.rbe.governance.jury.internal;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import java.util.Optional;

/**
 * The "committee oracle" over types: the quota-feasible panel (a count per type, at most the type's size, summing
 * to k, every feature between its bounds) that maximises a weighted sum of the counts. An integer program solved
 * with SCIP; its linear relaxation (GLOP) gives a cheap upper bound. Every program is built afresh, so the answer
 * depends on the question only.
 */
final class PanelOracle {
    private final PoolTypes types;
    private final SelectionInstance instance;

    PanelOracle(PoolTypes types) {
        this.types = types;
        this.instance = types.instance();
    }

    /** The linear relaxation: its value bounds every panel's weighted sum; null when even it is infeasible. */
    Relaxed relax(double[] weights) {
        return relax(weights, null);
    }

    private Relaxed relax(double[] weights, int[] upper) {
        MPSolver solver = LinearSolvers.linear("relaxed panel");
        try {
            MPVariable[] vars = model(solver, weights, false, upper == null ? null : new int[upper.length], upper);
            MPSolver.ResultStatus status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return null;
            }
            double[] x = new double[vars.length];
            for (int t = 0; t < x.length; t++) {
                x[t] = vars[t].solutionValue();
            }
            return new Relaxed(value(x, weights), x);
        } finally {
            solver.delete();
        }
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

    /**
     * The best panel for {@code weights} taking at most {@code upper[t]} of each type, or empty when there is none
     * (or none was found within {@code nodes} branch-and-bound nodes).
     */
    private Optional<int[]> bestWithin(double[] weights, int[] upper, long nodes) {
        return solve(weights, new int[upper.length], upper, nodes);
    }

    /**
     * A good panel taking at most {@code upper[t]} of each type: the relaxation's optimum within those bounds, rounded
     * as {@link #round} does (a small integer program over its fractional counts); {@link #bestWithin} when that finds
     * none. Much quicker than the latter over thousands of types.
     */
    Optional<int[]> nearWithin(double[] weights, int[] upper, long nodes) {
        Relaxed relaxed = relax(weights, upper);
        return (relaxed == null ? Optional.<int[]>empty() : round(weights, relaxed))
                .or(() -> bestWithin(weights, upper, nodes));
    }

    /** The exact optimum, or the best panel found within {@code nodes} branch-and-bound nodes (0: no limit). */
    Optional<int[]> exact(double[] weights, long nodes) {
        return solve(weights, null, null, nodes);
    }

    private Optional<int[]> solve(double[] weights, int[] lower, int[] upper, long nodes) {
        MPSolver solver = LinearSolvers.integer("panel", nodes);
        try {
            MPVariable[] vars = model(solver, weights, true, lower, upper);
            MPSolver.ResultStatus status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return Optional.empty();
            }
            int[] counts = new int[vars.length];
            for (int t = 0; t < vars.length; t++) {
                counts[t] = (int) Math.round(vars[t].solutionValue());
            }
            return isFeasible(counts) ? Optional.of(counts) : Optional.empty();
        } finally {
            solver.delete();
        }
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

    private MPVariable[] model(MPSolver solver, double[] weights, boolean integer, int[] lower, int[] upper) {
        MPVariable[] vars = new MPVariable[types.count()];
        for (int t = 0; t < vars.length; t++) {
            vars[t] = solver.makeVar(lower == null ? 0 : lower[t], upper == null ? types.size(t) : upper[t], integer, "c" + t);
            solver.objective().setCoefficient(vars[t], weights[t]);
        }
        solver.objective().setMaximization();
        MPConstraint total = solver.makeConstraint(instance.k(), instance.k(), "k");
        for (MPVariable v : vars) {
            total.setCoefficient(v, 1);
        }
        MPConstraint[] quota = new MPConstraint[instance.featureCount()];
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
                quota[f] = solver.makeConstraint(feature.min(), feature.max(), "f" + f);
            }
        }
        for (int t = 0; t < vars.length; t++) {
            for (int f : types.features(t)) {
                if (quota[f] != null) {
                    quota[f].setCoefficient(vars[t], 1);
                }
            }
        }
        return vars;
    }
}

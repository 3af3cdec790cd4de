package org.rbe.governance.jury.internal;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import java.util.Arrays;

/**
 * LEXIMIN over the linear relaxation of the quotas: the expected number y_t taken of each type (0 ≤ y_t ≤ m_t,
 * adding up to k, each value's total within its quota) that maximises the lowest probability y_t/m_t, then the next
 * lowest, and so on. Every lottery over quota-feasible panels has its expected counts in this relaxation, so these
 * probabilities bound LEXIMIN's from above: a lottery that reaches them is the LEXIMIN lottery.
 *
 * <p>Each stage maximises z with y_t ≥ z·m_t for the types not yet fixed; the types whose row has a positive
 * multiplier are at z in every optimum (complementary slackness) and are fixed there. One program serves all stages
 * (GLOP continues from its last basis); it has one variable per type and one row per value and per type.
 */
final class RelaxedLeximin {
    private static final double DUAL_TOLERANCE = 1e-9;
    private static final double SLACK = 1e-9;

    private RelaxedLeximin() {
    }

    /** The probability of each type, or null when the relaxation is infeasible or the LP solver fails. */
    static double[] probabilities(PoolTypes types) {
        SelectionInstance instance = types.instance();
        int n = types.count();
        MPSolver lp = LinearSolvers.linear("relaxed leximin");
        try {
            MPVariable[] y = new MPVariable[n];
            for (int t = 0; t < n; t++) {
                y[t] = lp.makeNumVar(0, types.size(t), "y" + t);
            }
            MPVariable z = lp.makeNumVar(0, 1, "z");
            MPConstraint size = lp.makeConstraint(instance.k(), instance.k(), "k");
            MPConstraint[] values = new MPConstraint[instance.featureCount()];
            for (int f = 0; f < values.length; f++) {
                SelectionInstance.Feature feature = instance.features().get(f);
                values[f] = lp.makeConstraint(feature.min(), feature.max(), "f" + f);
            }
            MPConstraint[] level = new MPConstraint[n];
            for (int t = 0; t < n; t++) {
                size.setCoefficient(y[t], 1);
                for (int f : types.features(t)) {
                    values[f].setCoefficient(y[t], 1);
                }
                level[t] = lp.makeConstraint(0, MPSolver.infinity(), "L" + t);
                level[t].setCoefficient(y[t], 1);
                level[t].setCoefficient(z, -types.size(t));
            }
            lp.objective().setCoefficient(z, 1);
            lp.objective().setMaximization();
            double[] fixed = new double[n];
            Arrays.fill(fixed, Double.NaN);
            int left = n;
            while (left > 0) {
                if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                    return null;
                }
                double stage = z.solutionValue();
                double[] multiplier = new double[n];
                for (int t = 0; t < n; t++) {
                    multiplier[t] = Double.isNaN(fixed[t]) ? Math.abs(level[t].dualValue()) : 0;
                }
                boolean atOne = stage > 1 - SLACK;
                int before = left;
                for (int t = 0; t < n; t++) {
                    if (Double.isNaN(fixed[t]) && (atOne || multiplier[t] > DUAL_TOLERANCE)) {
                        fixed[t] = Math.min(1, stage);
                        left--;
                        level[t].setCoefficient(z, 0);
                        level[t].setLb(Math.max(0, fixed[t] * types.size(t) - SLACK));
                    }
                }
                if (left == before) {
                    return null;
                }
            }
            return fixed;
        } finally {
            lp.delete();
        }
    }
}

package org.rbe.governance.scenarios.internal;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.rbe.governance.scenarios.ScenarioInfeasibleException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resource-balance linear program (ojAlgo): per region, the staple is eaten from local stock,
 * transferred in from other regions (at the mean of both regions' transfer costs), imported (up to
 * capacity) or replaced by the substitute (up to the norm's cap, at equal calories); what is left
 * is reserve. The constitutional floors are equalities of supply and need, so every plan meets them;
 * {@link #checkFeasible()} explains which region and norm cannot be met when no plan exists.
 */
public final class ResourceBalanceModel {
    /** Shortfalls below this many tonnes are solver noise. */
    static final double TOLERANCE_T = 0.5;

    private final ResourceProblem problem;
    private final ResourceProblem.Norms norms;
    private final List<ResourceProblem.Region> regions;

    public ResourceBalanceModel(ResourceProblem problem) {
        this.problem = problem;
        this.norms = problem.norms();
        this.regions = problem.regions();
    }

    public ResourceProblem problem() {
        return problem;
    }

    /** Throws {@link ScenarioInfeasibleException} naming every region, norm and shortfall when no plan meets the floors. */
    public void checkFeasible() {
        Shortfalls shortfalls = new Shortfalls(norms);
        for (ResourceProblem.Region r : regions) {
            shortfalls.water(r, r.waterNeedLitresPerDay(norms) - r.waterLitresPerDay());
            shortfalls.housing(r, r.housingNeedM2(norms) - r.housingM2());
        }
        Lp lp = new Lp(Strategy.of(Strategy.Kind.LOCAL), true);
        Optimisation.Result result = lp.model.minimise();
        for (int i = 0; i < regions.size(); i++) {
            shortfalls.staple(regions.get(i), result.doubleValue(lp.model.indexOf(lp.shortfall[i])));
        }
        shortfalls.throwIfAny();
    }

    /** The optimal plan for {@code strategy}, or empty when its caps leave no plan that meets the floors. */
    public Optional<Plan> solve(Strategy strategy) {
        Lp lp = new Lp(strategy, false);
        Optimisation.Result result = lp.model.minimise();
        if (!result.getState().isFeasible()) {
            return Optional.empty();
        }
        return Optional.of(lp.plan(result));
    }

    private double transferCost(int from, int to) {
        return (regions.get(from).transferCostPerT() + regions.get(to).transferCostPerT()) / 2;
    }

    /** The variables and constraints of one solve. */
    private final class Lp {
        final ExpressionsBasedModel model = new ExpressionsBasedModel();
        final int n = regions.size();
        final Variable[] localS = new Variable[n], localQ = new Variable[n], importS = new Variable[n];
        final Variable[] importQ = new Variable[n], substituted = new Variable[n], reserveS = new Variable[n];
        final Variable[] reserveQ = new Variable[n], shortfall = new Variable[n];
        final Variable[][] transferS = new Variable[n][n], transferQ = new Variable[n][n];
        final Strategy s;

        Lp(Strategy s, boolean diagnose) {
            this.s = s;
            double maxImportCost = regions.stream().mapToDouble(ResourceProblem.Region::importCostPerT).max().orElse(1);
            double unit = Math.max(1, maxImportCost);
            double ratio = norms.substitutePerStapleT();
            for (int i = 0; i < n; i++) {
                ResourceProblem.Region r = regions.get(i);
                double need = r.stapleNeedT(norms);
                localS[i] = variable("localS" + i, 0);
                localQ[i] = variable("localQ" + i, 0);
                importS[i] = variable("importS" + i, diagnose ? 0 : s.importWeight() * r.importCostPerT())
                        .upper(r.stapleImportCapacityT() * (diagnose ? 1 : s.share(Strategy.Lever.IMPORT)));
                importQ[i] = variable("importQ" + i, diagnose ? 0 : s.importWeight() * r.importCostPerT())
                        .upper(r.substituteImportCapacityT() * (diagnose ? 1 : s.share(Strategy.Lever.IMPORT)));
                substituted[i] = variable("subst" + i, diagnose ? 0 : s.substitutionWeight() * unit)
                        .upper(norms.substitutionCap() * need * (diagnose ? 1 : s.share(Strategy.Lever.SUBSTITUTION)));
                reserveS[i] = variable("reserveS" + i, diagnose ? 0 : -(s.reserveReward() + s.stapleReserveReward()) * unit);
                reserveQ[i] = variable("reserveQ" + i, diagnose ? 0 : -s.reserveReward() * unit / ratio);
                shortfall[i] = variable("short" + i, 1).upper(diagnose ? need : 0);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        double cost = diagnose ? 0 : s.transferWeight() * transferCost(i, j);
                        transferS[i][j] = variable("tS" + i + "_" + j, cost);
                        transferQ[i][j] = variable("tQ" + i + "_" + j, cost);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                ResourceProblem.Region r = regions.get(i);
                Expression stockS = model.addExpression("stockS" + i).level(r.stapleStockT());
                stockS.set(localS[i], 1).set(reserveS[i], 1);
                Expression stockQ = model.addExpression("stockQ" + i).level(r.substituteStockT());
                stockQ.set(localQ[i], 1).set(reserveQ[i], 1);
                Expression coverS = model.addExpression("coverS" + i).level(r.stapleNeedT(norms));
                coverS.set(localS[i], 1).set(importS[i], 1).set(substituted[i], 1).set(shortfall[i], 1);
                Expression coverQ = model.addExpression("coverQ" + i).level(0);
                coverQ.set(localQ[i], 1).set(importQ[i], 1).set(substituted[i], -ratio);
                Expression sent = model.addExpression("sentS" + i).lower(0)
                        .upper(r.stapleStockT() * (diagnose ? 1 : s.share(Strategy.Lever.TRANSFER)));
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        stockS.set(transferS[i][j], 1);
                        stockQ.set(transferQ[i][j], 1);
                        sent.set(transferS[i][j], 1);
                        coverS.set(transferS[j][i], 1);
                        coverQ.set(transferQ[j][i], 1);
                    }
                }
            }
            if (!diagnose && s.balanceReward() > 0) {
                double totalNeed = regions.stream().mapToDouble(r -> r.stapleNeedT(norms)).sum();
                Variable floorShare = variable("reserveShare", -s.balanceReward() * unit * totalNeed);
                for (int i = 0; i < n; i++) {
                    model.addExpression("balance" + i).lower(0).set(reserveS[i], 1).set(reserveQ[i], 1 / ratio)
                            .set(floorShare, -regions.get(i).stapleNeedT(norms));
                }
            }
        }

        private Variable variable(String name, double weight) {
            Variable v = model.addVariable(name).lower(0);
            return weight == 0 ? v : v.weight(weight);
        }

        private double value(Optimisation.Result result, Variable v) {
            double x = result.doubleValue(model.indexOf(v));
            return Math.abs(x) < 1e-6 ? 0 : x;
        }

        Plan plan(Optimisation.Result result) {
            List<Plan.RegionPlan> plans = new ArrayList<>();
            double cost = 0;
            for (int i = 0; i < n; i++) {
                Map<String, Double> inS = new LinkedHashMap<>(), inQ = new LinkedHashMap<>(), outS = new LinkedHashMap<>();
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        put(inS, regions.get(j).name(), value(result, transferS[j][i]));
                        put(inQ, regions.get(j).name(), value(result, transferQ[j][i]));
                        put(outS, regions.get(j).name(), value(result, transferS[i][j]));
                        cost += (value(result, transferS[j][i]) + value(result, transferQ[j][i])) * transferCost(j, i);
                    }
                }
                cost += (value(result, importS[i]) + value(result, importQ[i])) * regions.get(i).importCostPerT();
                plans.add(new Plan.RegionPlan(regions.get(i), value(result, localS[i]), inS, value(result, importS[i]),
                        value(result, substituted[i]), value(result, localQ[i]), inQ, value(result, importQ[i]),
                        value(result, reserveS[i]), value(result, reserveQ[i]), outS));
            }
            return new Plan(s, plans, cost);
        }

        private static void put(Map<String, Double> map, String key, double value) {
            if (value > 1e-6) {
                map.put(key, value);
            }
        }
    }
}

package org.rbe.governance.scenarios.internal;

import org.rbe.governance.scenarios.Allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a plan into allocation lines, and decides whether two plans allocate the same. */
final class PlanAllocations {
    private PlanAllocations() {
    }

    static List<Allocation> of(Plan plan, ResourceProblem.Norms norms) {
        List<Allocation> lines = new ArrayList<>();
        String staple = norms.staple();
        String substitute = norms.substitute();
        for (Plan.RegionPlan p : plan.regions()) {
            String region = p.region().name();
            add(lines, region, staple, Allocation.LOCAL, p.stapleLocal(), "t");
            p.stapleIn().forEach((from, t) -> add(lines, region, staple, Allocation.TRANSFER_IN_FROM + from, t, "t"));
            add(lines, region, staple, Allocation.IMPORT, p.stapleImport(), "t");
            add(lines, region, staple, Allocation.SUBSTITUTION, p.substituted(), "t");
            add(lines, region, substitute, Allocation.LOCAL, p.substituteLocal(), "t");
            p.substituteIn().forEach((from, t) -> add(lines, region, substitute, Allocation.TRANSFER_IN_FROM + from, t, "t"));
            add(lines, region, substitute, Allocation.IMPORT, p.substituteImport(), "t");
            add(lines, region, staple, Allocation.RESERVE, p.stapleReserve(), "t");
            add(lines, region, substitute, Allocation.RESERVE, p.substituteReserve(), "t");
            ResourceProblem.Region r = p.region();
            add(lines, region, "water", Allocation.LOCAL, r.waterNeedLitresPerDay(norms), "l/day");
            add(lines, region, "water", Allocation.RESERVE, r.waterLitresPerDay() - r.waterNeedLitresPerDay(norms), "l/day");
            add(lines, region, "housing", Allocation.LOCAL, r.housingNeedM2(norms), "m2");
            add(lines, region, "housing", Allocation.RESERVE, r.housingM2() - r.housingNeedM2(norms), "m2");
        }
        return lines;
    }

    private static void add(List<Allocation> lines, String region, String resource, String kind, double quantity, String unit) {
        double rounded = Math.round(quantity * 1000) / 1000.0;
        if (rounded > 0) {
            lines.add(new Allocation(region, resource, kind, rounded, unit));
        }
    }

    /** Equal when every (region, resource, kind) quantity differs by at most the model's tolerance. */
    static boolean same(List<Allocation> a, List<Allocation> b) {
        Map<String, Double> x = ScenarioPortfolio.byKey(a);
        Map<String, Double> y = ScenarioPortfolio.byKey(b);
        Set<String> keys = new HashSet<>(x.keySet());
        keys.addAll(y.keySet());
        return keys.stream().allMatch(k ->
                Math.abs(x.getOrDefault(k, 0.0) - y.getOrDefault(k, 0.0)) <= ResourceBalanceModel.TOLERANCE_T);
    }
}

package org.rbe.governance.scenarios.internal;

import org.rbe.governance.correlation.Observation;
import org.rbe.governance.shared.UserFacingException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a {@link ResourceProblem} from a dataset's observations, using each region's latest period
 * (periods compare as text, so ISO {@code yyyy-MM} sorts in time order). The indicator names are
 * listed on {@link org.rbe.governance.scenarios.ScenarioGenerator}.
 */
public final class ProblemReader {
    static final double DEFAULT_TRANSFER_COST = 40;
    static final double DEFAULT_IMPORT_COST = 300;

    private ProblemReader() {
    }

    public static ResourceProblem read(List<Observation> observations, ResourceProblem.Norms norms) {
        Map<String, String> latest = new TreeMap<>();
        observations.forEach(o -> latest.merge(o.region(), o.period(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
        Map<String, Map<String, Double>> values = new HashMap<>();
        for (Observation o : observations) {
            if (o.period().equals(latest.get(o.region()))) {
                values.computeIfAbsent(o.region(), k -> new HashMap<>()).put(o.indicator(), o.value());
            }
        }
        String stock = "stock_" + norms.staple() + "_t";
        List<ResourceProblem.Region> regions = new ArrayList<>();
        for (Map.Entry<String, String> region : latest.entrySet()) {
            Map<String, Double> v = values.get(region.getKey());
            if (!v.containsKey(stock)) {
                continue;
            }
            for (String required : List.of("population", "water_supply_l_day", "housing_m2")) {
                if (!v.containsKey(required)) {
                    throw new UserFacingException("scenarios.error.missingIndicator", required, region.getKey(), region.getValue());
                }
            }
            regions.add(new ResourceProblem.Region(region.getKey(), v.get("population"), v.getOrDefault("children", 0.0),
                    v.get(stock), v.getOrDefault("stock_" + norms.substitute() + "_t", 0.0), v.get("water_supply_l_day"),
                    v.get("housing_m2"), v.getOrDefault("import_capacity_" + norms.staple() + "_t", 0.0),
                    v.getOrDefault("import_capacity_" + norms.substitute() + "_t", 0.0),
                    v.getOrDefault("transfer_cost_per_t", DEFAULT_TRANSFER_COST),
                    v.getOrDefault("import_cost_per_t", DEFAULT_IMPORT_COST)));
        }
        if (regions.isEmpty()) {
            throw new UserFacingException("scenarios.error.noRegions", stock);
        }
        return new ResourceProblem(regions, norms);
    }
}

package org.rbe.governance.scenarios.internal;

import java.util.List;
import java.util.Map;

/** The model's solution for one strategy: what each region uses, receives, imports, substitutes and keeps. */
public record Plan(Strategy strategy, List<RegionPlan> regions, double logisticsCost) {

    public Plan {
        regions = List.copyOf(regions);
    }

    /**
     * One region's part of the plan, in tonnes. {@code stapleIn}/{@code substituteIn} map the sending
     * region to the quantity received; {@code substituted} is staple replaced, {@code substituteUsed}
     * the substitute eaten instead.
     */
    public record RegionPlan(ResourceProblem.Region region, double stapleLocal, Map<String, Double> stapleIn,
                             double stapleImport, double substituted, double substituteLocal,
                             Map<String, Double> substituteIn, double substituteImport, double stapleReserve,
                             double substituteReserve, Map<String, Double> stapleOut) {

        public double stapleInTotal() {
            return stapleIn.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        public double stapleOutTotal() {
            return stapleOut.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        public double substituteUsed() {
            return substituteLocal + substituteImport + substituteIn.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** Staple-equivalent tonnes this region eats over the horizon. */
        public double stapleSupplied() {
            return stapleLocal + stapleInTotal() + stapleImport + substituted;
        }
    }
}

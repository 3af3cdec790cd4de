package org.rbe.governance.scenarios;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scenarios of a round side by side: every region any of them supplies, in the plans' order, and each scenario's
 * {@link ScenarioSummary}, so that the own-stock share per region, the transfers, the reserve, the freight and the
 * logistics cost read across scenarios.
 */
public record ScenarioComparison(List<String> regions, List<ScenarioSummary> scenarios) {

    public ScenarioComparison {
        regions = List.copyOf(regions);
        scenarios = List.copyOf(scenarios);
    }

    public static ScenarioComparison of(List<ScenarioView> views) {
        List<ScenarioSummary> summaries = views.stream().map(ScenarioSummary::of).toList();
        Set<String> regions = new LinkedHashSet<>();
        summaries.forEach(s -> regions.addAll(s.ownStockPercent().keySet()));
        return new ScenarioComparison(List.copyOf(regions), summaries);
    }
}

package org.rbe.governance.scenarios;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a juror reads first about a scenario, every figure taken from its food allocations (tonnes): how much of each
 * region's food need it meets from the region's own stock, the tonnes moved between regions, imported and replaced by
 * the substitute, the food left in reserve, and the logistics cost the model minimised. The model prices no
 * ecological cost; the nearest figure it has is the freight it hauls ({@link #freightT()}), and it is labelled so.
 * Water and housing are not planned (every scenario gives the same), so they are not compared.
 *
 * @param ownStockPercent per region, in the plan's order: the share of its food need met from its own stock
 *                        (its staple, and its own substitute in proportion to the staple it replaces)
 */
public record ScenarioSummary(long scenarioId, int ordinal, Map<String, Double> ownStockPercent, double transfersT,
                              double importsT, double substitutedT, double reserveT, double logisticsCost) {
    private static final String TONNES = "t";
    private static final double NOTHING_T = 0.5;

    /** What a plan leans on beyond the regions' own stocks. */
    public enum Lever { TRANSFERS, IMPORTS, SUBSTITUTION }

    /** The three key figures of a card. */
    public enum Figure { LOWEST_OWN_STOCK, TRANSFERS, RESERVE }

    /** One key figure: its value and, for the lowest own-stock share, the region it belongs to. */
    public record KeyFigure(Figure figure, double value, String region) {
    }

    public ScenarioSummary {
        ownStockPercent = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ownStockPercent));
    }

    public static ScenarioSummary of(ScenarioView scenario) {
        List<Allocation> food = scenario.allocations().stream().filter(a -> TONNES.equals(a.unit())).toList();
        Map<String, List<Allocation>> byRegion = new LinkedHashMap<>();
        food.forEach(a -> byRegion.computeIfAbsent(a.region(), r -> new java.util.ArrayList<>()).add(a));
        Optional<String> staple = food.stream().filter(a -> Allocation.SUBSTITUTION.equals(a.kind()))
                .map(Allocation::resource).findFirst();
        Map<String, Double> own = new LinkedHashMap<>();
        byRegion.forEach((region, lines) -> ownStockPercent(lines, staple).ifPresent(p -> own.put(region, p)));
        return new ScenarioSummary(scenario.id(), scenario.ordinal(), own,
                total(food, a -> a.kind().startsWith(Allocation.TRANSFER_IN_FROM)),
                total(food, a -> Allocation.IMPORT.equals(a.kind())),
                total(food, a -> Allocation.SUBSTITUTION.equals(a.kind())),
                total(food, a -> Allocation.RESERVE.equals(a.kind())), scenario.objectiveValue());
    }

    /**
     * The region's need is the staple it eats from every source plus the staple the substitute replaces; its own part
     * is its own staple plus the replaced staple in the share of the substitute that came from its own stock.
     */
    private static Optional<Double> ownStockPercent(List<Allocation> lines, Optional<String> staple) {
        double stapleLocal = 0, stapleOther = 0, substituted = 0, substituteLocal = 0, substituteUsed = 0;
        for (Allocation a : lines) {
            boolean eaten = !Allocation.RESERVE.equals(a.kind()) && !Allocation.SUBSTITUTION.equals(a.kind());
            boolean local = Allocation.LOCAL.equals(a.kind());
            if (Allocation.SUBSTITUTION.equals(a.kind())) {
                substituted += a.quantity();
            } else if (eaten && staple.map(s -> !s.equals(a.resource())).orElse(false)) {
                substituteUsed += a.quantity();
                substituteLocal += local ? a.quantity() : 0;
            } else if (eaten) {
                stapleLocal += local ? a.quantity() : 0;
                stapleOther += local ? 0 : a.quantity();
            }
        }
        double need = stapleLocal + stapleOther + substituted;
        if (need <= 0) {
            return Optional.empty();
        }
        double ownSubstitution = substituteUsed > 0 ? substituted * substituteLocal / substituteUsed : 0;
        return Optional.of(100 * (stapleLocal + ownSubstitution) / need);
    }

    private static double total(List<Allocation> lines, java.util.function.Predicate<Allocation> which) {
        return lines.stream().filter(which).mapToDouble(Allocation::quantity).sum();
    }

    /** The share of {@code region}'s food need met from the region's own stock, if the scenario supplies it. */
    public java.util.OptionalDouble ownStockPercent(String region) {
        Double p = ownStockPercent.get(region);
        return p == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(p);
    }

    /** The scenario's letter (A for the first), as its title names it. */
    public String letter() {
        return String.valueOf((char) ('A' + ordinal - 1));
    }

    /** Tonnes hauled: moved between regions plus imported (the nearest figure to an ecological cost the model has). */
    public double freightT() {
        return transfersT + importsT;
    }

    /** The levers used beyond own stocks (at least half a tonne), the largest first: the one-line summary. */
    public List<Lever> levers() {
        Map<Lever, Double> tonnes = Map.of(Lever.TRANSFERS, transfersT, Lever.IMPORTS, importsT, Lever.SUBSTITUTION,
                substitutedT);
        return Stream.of(Lever.values()).filter(l -> tonnes.get(l) >= NOTHING_T)
                .sorted(Comparator.comparing(tonnes::get).reversed()).toList();
    }

    /** Exactly three figures: the lowest own-stock share and its region, the tonnes moved between regions, the reserve. */
    public List<KeyFigure> keyFigures() {
        KeyFigure lowest = ownStockPercent.entrySet().stream().min(Map.Entry.comparingByValue())
                .map(e -> new KeyFigure(Figure.LOWEST_OWN_STOCK, e.getValue(), e.getKey()))
                .orElse(new KeyFigure(Figure.LOWEST_OWN_STOCK, Double.NaN, null));
        return List.of(lowest, new KeyFigure(Figure.TRANSFERS, transfersT, null), new KeyFigure(Figure.RESERVE, reserveT, null));
    }
}

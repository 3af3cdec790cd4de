package org.rbe.governance.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rbe.governance.constitution.FoundingConstitution;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.correlation.InMemoryCorrelationStore;
import org.rbe.governance.scenarios.ScenarioSummary.Figure;
import org.rbe.governance.scenarios.ScenarioSummary.Lever;
import org.rbe.governance.testing.FakeCurrentUser;
import org.rbe.governance.testing.MovableClock;

class ScenarioSummaryTests {
    private static final String WHEAT = "wheat";
    private static final String QUINOA = "quinoa";

    /** North feeds itself and sends 300 t south; South eats 500 t of its own, 300 t from North, 100 t imported and
     *  100 t replaced. */
    static ScenarioView twoRegions(long id, int ordinal) {
        return new ScenarioView(id, 1, 1, ordinal, "Scenario", "Scenario\nText", "Сценарий\nТекст", List.of(
                new Allocation("North", WHEAT, Allocation.LOCAL, 1000, "t"),
                new Allocation("North", WHEAT, Allocation.RESERVE, 200, "t"),
                new Allocation("North", "water", Allocation.LOCAL, 50_000, "l/day"),
                new Allocation("North", "water", Allocation.RESERVE, 9_000, "l/day"),
                new Allocation("South", WHEAT, Allocation.LOCAL, 500, "t"),
                new Allocation("South", WHEAT, Allocation.TRANSFER_IN_FROM + "North", 300, "t"),
                new Allocation("South", WHEAT, Allocation.IMPORT, 100, "t"),
                new Allocation("South", WHEAT, Allocation.SUBSTITUTION, 100, "t"),
                // the 100 t of wheat replaced by 92 t of quinoa: 46 t its own, 46 t brought from North
                new Allocation("South", QUINOA, Allocation.LOCAL, 46, "t"),
                new Allocation("South", QUINOA, Allocation.TRANSFER_IN_FROM + "North", 46, "t"),
                new Allocation("South", QUINOA, Allocation.RESERVE, 4, "t"),
                new Allocation("South", "housing", Allocation.RESERVE, 7_000, "m2")), 4_200);
    }

    @Test
    void ownStockShareCountsOwnStapleAndOwnSubstituteInProportion() {
        ScenarioSummary s = ScenarioSummary.of(twoRegions(9, 2));

        assertThat(s.ownStockPercent()).containsOnlyKeys("North", "South");
        assertThat(s.ownStockPercent("North").getAsDouble()).isCloseTo(100, within(1e-9));
        // need 500 + 300 + 100 + 100 = 1,000 t; own: 500 t of wheat and half of the 100 t replaced
        assertThat(s.ownStockPercent("South").getAsDouble()).isCloseTo(55, within(1e-9));
        assertThat(s.ownStockPercent("East")).isEmpty();
    }

    @Test
    void totalsComeFromTheFoodLinesOnlyAndWaterAndHousingAreLeftOut() {
        ScenarioSummary s = ScenarioSummary.of(twoRegions(9, 2));

        assertThat(s.transfersT()).isEqualTo(346);
        assertThat(s.importsT()).isEqualTo(100);
        assertThat(s.substitutedT()).isEqualTo(100);
        assertThat(s.reserveT()).isEqualTo(204);
        assertThat(s.freightT()).isEqualTo(446);
        assertThat(s.logisticsCost()).isEqualTo(4_200);
        assertThat(s.letter()).isEqualTo("B");
        assertThat(s.scenarioId()).isEqualTo(9);
    }

    @Test
    void exactlyThreeKeyFiguresTheLowestOwnStockShareWithItsRegionTransfersAndReserve() {
        List<ScenarioSummary.KeyFigure> figures = ScenarioSummary.of(twoRegions(9, 2)).keyFigures();

        assertThat(figures).hasSize(3).extracting(ScenarioSummary.KeyFigure::figure)
                .containsExactly(Figure.LOWEST_OWN_STOCK, Figure.TRANSFERS, Figure.RESERVE);
        assertThat(figures.get(0).region()).isEqualTo("South");
        assertThat(figures.get(0).value()).isCloseTo(55, within(1e-9));
        assertThat(figures.get(1).value()).isEqualTo(346);
        assertThat(figures.get(2).value()).isEqualTo(204);
    }

    @Test
    void theSummaryNamesTheLeversUsedLargestFirstAndNoneForAPlanOnOwnStocks() {
        assertThat(ScenarioSummary.of(twoRegions(9, 2)).levers())
                .containsExactly(Lever.TRANSFERS, Lever.IMPORTS, Lever.SUBSTITUTION);
        ScenarioView local = new ScenarioView(3, 1, 1, 1, "Local", "Local\n", "Местный\n", List.of(
                new Allocation("North", WHEAT, Allocation.LOCAL, 1000, "t"),
                new Allocation("North", WHEAT, Allocation.RESERVE, 50, "t")), 0);
        ScenarioSummary s = ScenarioSummary.of(local);
        assertThat(s.levers()).isEmpty();
        assertThat(s.keyFigures().get(0).value()).isEqualTo(100);
    }

    @Test
    void theComparisonListsEveryRegionOnceInThePlansOrder() {
        ScenarioView eastOnly = new ScenarioView(5, 1, 1, 3, "East", "East\n", "Восток\n", List.of(
                new Allocation("East", WHEAT, Allocation.IMPORT, 10, "t")), 300);
        ScenarioComparison c = ScenarioComparison.of(List.of(twoRegions(9, 1), twoRegions(10, 2), eastOnly));

        assertThat(c.regions()).containsExactly("North", "South", "East");
        assertThat(c.scenarios()).extracting(ScenarioSummary::letter).containsExactly("A", "B", "C");
        assertThat(c.scenarios().get(2).ownStockPercent("East").getAsDouble()).isZero();
        assertThat(c.scenarios().get(2).ownStockPercent("North")).isEmpty();
    }

    @Test
    void theFiguresOfGeneratedScenariosAgreeWithTheirOwnExplanations() throws IOException {
        FakeCurrentUser analyst = new FakeCurrentUser();
        analyst.analyst();
        CorrelationCenter correlation = new CorrelationCenter(new InMemoryCorrelationStore(), e -> { }, analyst,
                new MovableClock());
        ScenarioGenerator generator = new ScenarioGenerator(correlation, new InMemoryScenarioStore(), e -> { },
                new FoundingConstitution());
        long dataset;
        try (InputStream in = getClass().getResourceAsStream("/demo/observations.csv")) {
            dataset = correlation.importObservations("observations.csv", in.readAllBytes(), "demo").id();
        }
        Pattern totals = Pattern.compile("Totals: ([\\d,]+) t moved between regions, ([\\d,]+) t imported, ([\\d,]+) t of");
        for (ScenarioView view : generator.generate(7, dataset, 1, null, LocalDate.of(2026, 11, 27))) {
            ScenarioSummary s = ScenarioSummary.of(view);
            Matcher m = totals.matcher(view.explanation(Locale.ENGLISH));
            assertThat(m.find()).as(view.title()).isTrue();
            assertThat(s.transfersT()).as(view.title()).isCloseTo(number(m.group(1)), within(1.0));
            assertThat(s.importsT()).as(view.title()).isCloseTo(number(m.group(2)), within(1.0));
            assertThat(s.substitutedT()).as(view.title()).isCloseTo(number(m.group(3)), within(1.0));
            assertThat(s.ownStockPercent().values()).as(view.title()).allMatch(p -> p >= 0 && p <= 100 + 1e-9);
            assertThat(s.keyFigures()).hasSize(3);
        }
    }

    private static double number(String grouped) {
        return Double.parseDouble(grouped.replace(",", ""));
    }
}

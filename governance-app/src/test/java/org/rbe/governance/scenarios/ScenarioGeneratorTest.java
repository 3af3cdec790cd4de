package org.rbe.governance.scenarios;

import org.rbe.governance.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.constitution.FoundingConstitution;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.correlation.DatasetSummary;
import org.rbe.governance.correlation.InMemoryCorrelationStore;
import org.rbe.governance.scenarios.internal.ScenarioPortfolio;
import org.rbe.governance.testing.FakeCurrentUser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScenarioGeneratorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final List<Object> events = new ArrayList<>();
    private final FoundingConstitution constitution = new FoundingConstitution();
    private CorrelationCenter correlation;
    private ScenarioGenerator generator;
    private long demo;

    @BeforeEach
    void setUp() throws IOException {
        FakeCurrentUser analyst = new FakeCurrentUser();
        analyst.analyst();
        correlation = new CorrelationCenter(new InMemoryCorrelationStore(), e -> { }, analyst, new MovableClock());
        generator = new ScenarioGenerator(correlation, new InMemoryScenarioStore(), events::add, constitution);
        try (InputStream in = getClass().getResourceAsStream("/demo/observations.csv")) {
            demo = correlation.importObservations("observations.csv", in.readAllBytes(), "demo").id();
        }
    }

    @Test
    void demoDataGivesThreeToFiveDistinctScenariosThatMeetTheFloors() {
        List<ScenarioView> set = generator.generate(7, demo, 1, null, TODAY);

        assertThat(set).hasSizeBetween(3, 5);
        assertThat(set).extracting(ScenarioView::ordinal).containsExactly(range(set.size()));
        assertThat(set.get(0).title()).startsWith("Scenario A - ");
        for (int i = 0; i < set.size(); i++) {
            for (int j = i + 1; j < set.size(); j++) {
                assertThat(differs(set.get(i), set.get(j))).as(set.get(i).title() + " vs " + set.get(j).title()).isTrue();
            }
        }
        set.forEach(this::assertFloorsMet);
        assertThat(set.get(0).explanation(Locale.forLanguageTag("ru"))).startsWith("Сценарий A — ");
        assertThat(set.get(0).title(Locale.forLanguageTag("ru"))).startsWith("Сценарий A — ");
        assertThat(events).containsExactly(new ScenariosGenerated(7, 1, set.size()));
        assertThat(generator.latest(7)).isEqualTo(set);
        assertThat(generator.scenario(set.get(1).id())).isEqualTo(set.get(1));
    }

    @Test
    void roundTwoDiffersFromRoundOneAndMentionsTheRevision() {
        List<ScenarioView> first = generator.generate(7, demo, 1, null, TODAY);
        List<ScenarioView> second = generator.generate(7, demo, 2, "Keep more wheat in the South", TODAY);

        assertThat(second).hasSizeBetween(3, 5);
        for (ScenarioView now : second) {
            assertFloorsMet(now);
            assertThat(now.explanationEn()).contains("Revision round 2").contains("Keep more wheat in the South");
            assertThat(now.explanationRu()).contains("Пересмотр, раунд 2");
            for (ScenarioView before : first) {
                assertThat(differs(now, before)).as(now.title() + " vs " + before.title()).isTrue();
            }
        }
        assertThat(generator.latest(7)).isEqualTo(second);
        assertThat(generator.scenarios(7, 1)).isEqualTo(first);
        List<ScenarioView> third = generator.generate(7, demo, 3, "Keep more wheat in the South", TODAY);
        third.forEach(now -> second.forEach(before -> assertThat(differs(now, before)).isTrue()));
    }

    @Test
    void infeasibleDataIsRefusedWithTheRegionAndNothingIsStored() {
        String csv = "indicator,region,period,value,unit,source\n"
                + "population,South,2024-12,10000,people,registry\n"
                + "stock_wheat_t,South,2024-12,1000,t,warehouse\n"
                + "water_supply_l_day,South,2024-12,600000,l/day,sensors\n"
                + "housing_m2,South,2024-12,300000,m2,cadastre\n"
                + "population,South,2024-11,9990,people,registry\n"
                + "stock_wheat_t,South,2024-11,1100,t,warehouse\n"
                + "water_supply_l_day,South,2024-11,590000,l/day,sensors\n"
                + "housing_m2,South,2024-11,300000,m2,cadastre\n"
                + "population,South,2024-10,9980,people,registry\n"
                + "stock_wheat_t,South,2024-10,1250,t,warehouse\n"
                + "water_supply_l_day,South,2024-10,610000,l/day,sensors\n"
                + "housing_m2,South,2024-10,300000,m2,cadastre\n";
        DatasetSummary poor = correlation.importObservations("poor.csv", csv.getBytes(StandardCharsets.UTF_8), "a");

        assertThatThrownBy(() -> generator.generate(9, poor.id(), 1, "", TODAY))
                .isInstanceOf(ScenarioInfeasibleException.class)
                .hasMessageContaining("South: food 825 t of wheat short of the 0.5 kg/day norm");
        assertThat(generator.latest(9)).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void theFloorsAreThoseInForceOnTheCaseDate() {
        LocalDate amended = LocalDate.of(2030, 1, 1);
        constitution.amend(Parameter.WATER_LITRES_PER_DAY, "55", amended)
                .amend(Parameter.FOOD_KCAL_PER_DAY, "3300", amended)
                .amend(Parameter.HOUSING_M2_PER_CHILD, "12", amended);

        List<ScenarioView> before = generator.generate(7, demo, 1, null, amended.minusDays(1));
        before.forEach(s -> assertFloorsMet(s, 0.5, 50));
        assertThat(before.get(0).explanationEn()).contains("0.5 kg of wheat a day, 50 l of water a day")
                .contains("plus 10 m2 per child");

        List<ScenarioView> after = generator.generate(8, demo, 1, null, amended);
        after.forEach(s -> assertFloorsMet(s, 0.55, 55));
        assertThat(after.get(0).explanationEn()).contains("0.55 kg of wheat a day, 55 l of water a day")
                .contains("plus 12 m2 per child");
    }

    @Test
    void aRaisedFloorTheDataCannotMeetRefusesCasesDatedFromItsDateOnly() {
        LocalDate amended = LocalDate.of(2030, 1, 1);
        constitution.amend(Parameter.WATER_LITRES_PER_DAY, "60", amended);

        assertThat(generator.generate(7, demo, 1, null, amended.minusDays(1))).hasSizeBetween(3, 5);
        assertThatThrownBy(() -> generator.generate(8, demo, 1, null, amended))
                .isInstanceOf(ScenarioInfeasibleException.class)
                .hasMessageContaining("South: water 29,442 l/day short of the 60 l/day per person floor");
        assertThat(generator.latest(8)).isEmpty();
    }

    @Test
    void rejectsRoundZero() {
        assertThatThrownBy(() -> generator.generate(7, demo, 0, null, TODAY)).hasMessageContaining("rounds start at 1");
    }

    private void assertFloorsMet(ScenarioView s) {
        assertFloorsMet(s, 0.5, 50);
    }

    private void assertFloorsMet(ScenarioView s, double wheatKgPerDay, double waterLitresPerDay) {
        Map<String, Double> q = ScenarioPortfolio.byKey(s.allocations());
        for (String region : List.of("North", "South", "East", "West", "Central", "Highlands", "Coast", "Valley")) {
            double wheat = s.allocations().stream().filter(a -> a.region().equals(region) && a.resource().equals("wheat")
                    && !a.kind().equals(Allocation.RESERVE)).mapToDouble(Allocation::quantity).sum();
            double population = correlation.observations(demo).stream().filter(o -> o.region().equals(region)
                    && o.period().equals("2024-12") && o.indicator().equals("population")).findFirst().orElseThrow().value();
            assertThat(wheat).as(s.title() + " " + region).isCloseTo(population * wheatKgPerDay * 365 / 1000, within(0.01));
            assertThat(q.getOrDefault(region + "|wheat|substitution", 0.0)).isLessThanOrEqualTo(0.2 * wheat + 0.01);
            assertThat(q.get(region + "|water|local")).isCloseTo(population * waterLitresPerDay, within(0.01));
        }
    }

    private static boolean differs(ScenarioView a, ScenarioView b) {
        Map<String, Double> x = ScenarioPortfolio.byKey(a.allocations());
        Map<String, Double> y = ScenarioPortfolio.byKey(b.allocations());
        return !x.keySet().equals(y.keySet())
                || x.keySet().stream().anyMatch(k -> Math.abs(x.get(k) - y.get(k)) > 0.5);
    }

    private static Integer[] range(int n) {
        Integer[] r = new Integer[n];
        for (int i = 0; i < n; i++) {
            r[i] = i + 1;
        }
        return r;
    }
}

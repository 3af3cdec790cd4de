package org.rbe.governance.scenarios.internal;

import org.junit.jupiter.api.Test;
import org.rbe.governance.scenarios.ScenarioInfeasibleException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ResourceBalanceModelTest {
    static final ResourceProblem.Norms NORMS = ResourceProblem.Norms.CONSTITUTION;

    /** A region with ample water (60 l/day per person) and housing (30 m2 per person + 10 per child). */
    static ResourceProblem.Region region(String name, double people, double wheat, double quinoa, double importCap) {
        double children = Math.round(people * 0.2);
        return new ResourceProblem.Region(name, people, children, wheat, quinoa, people * 60, people * 30 + children * 10,
                importCap, 0, 40, 300);
    }

    /** §5.2: wheat 1000 t for 10,000 people at 0.5 kg/day; a neighbour with a surplus; quinoa up to 20%. */
    static ResourceProblem wheatExample() {
        return new ResourceProblem(List.of(region("South", 10_000, 1_000, 400, 600),
                region("North", 5_000, 3_000, 0, 0)), NORMS);
    }

    @Test
    void theWheatTestCoversAllTenThousandPeopleWithinTheQuinoaCap() {
        ResourceProblem problem = wheatExample();
        ResourceBalanceModel model = new ResourceBalanceModel(problem);
        model.checkFeasible();

        for (Strategy.Kind kind : Strategy.Kind.values()) {
            Plan plan = model.solve(Strategy.of(kind)).orElseThrow();
            Plan.RegionPlan south = plan.regions().get(0);
            double need = 10_000 * 0.5 * 365 / 1000.0;
            assertThat(need).isEqualTo(1825.0);
            assertThat(south.stapleSupplied()).as(kind.name()).isCloseTo(need, within(1e-6));
            assertThat(south.substituted()).as(kind.name()).isLessThanOrEqualTo(0.2 * need + 1e-6);
            assertThat(south.substituteUsed()).as(kind.name())
                    .isCloseTo(south.substituted() * 3390 / 3680, within(1e-6));
            assertThat(south.stapleLocal() + south.stapleInTotal() + south.stapleImport() + south.substituted())
                    .as("the 825 t shortfall is closed by transfers, imports and substitution")
                    .isGreaterThanOrEqualTo(need - 1e-6);
            assertThat(south.stapleInTotal() + south.stapleImport() + south.substituted())
                    .isGreaterThanOrEqualTo(825 - 1e-6);
        }

        Plan substitution = model.solve(Strategy.of(Strategy.Kind.SUBSTITUTION)).orElseThrow();
        assertThat(substitution.regions().get(0).substituted()).isCloseTo(365, within(1e-6));

        String en = PlanNarrative.english(substitution, NORMS, "Scenario D", "");
        String ru = PlanNarrative.russian(substitution, NORMS, "Сценарий D", "");
        // floor(1,000,000 kg / (0.5 kg/day * 365 days)) = floor(5479.45) = 5479 people covered by the local stock
        assertThat(en).contains("5,479 of 10,000 people").contains("shortfall of 825 t").contains("365 t of wheat");
        assertThat(ru.replace(" ", "")).contains("5479из10000").contains("Нехватку825т");
    }

    @Test
    void everyStrategyMeetsEveryFloorInEveryRegion() {
        ResourceProblem problem = new ResourceProblem(List.of(region("A", 8_000, 500, 300, 400),
                region("B", 12_000, 4_000, 50, 0), region("C", 3_000, 200, 600, 300)), NORMS);
        ResourceBalanceModel model = new ResourceBalanceModel(problem);
        for (Strategy.Kind kind : Strategy.Kind.values()) {
            Plan plan = model.solve(Strategy.of(kind)).orElseThrow();
            for (Plan.RegionPlan p : plan.regions()) {
                double need = p.region().stapleNeedT(NORMS);
                assertThat(p.stapleSupplied()).isCloseTo(need, within(1e-6));
                assertThat(p.substituted()).isLessThanOrEqualTo(0.2 * need + 1e-6);
                assertThat(p.stapleReserve()).isGreaterThanOrEqualTo(0);
                assertThat(p.stapleImport()).isLessThanOrEqualTo(p.region().stapleImportCapacityT() + 1e-6);
                assertThat(p.stapleLocal() + p.stapleOutTotal() + p.stapleReserve())
                        .isCloseTo(p.region().stapleStockT(), within(1e-6));
            }
        }
    }

    @Test
    void infeasibleFoodNamesRegionNormAndShortfall() {
        ResourceProblem problem = new ResourceProblem(List.of(region("South", 10_000, 1_000, 0, 100)), NORMS);

        assertThatThrownBy(() -> new ResourceBalanceModel(problem).checkFeasible())
                .isInstanceOf(ScenarioInfeasibleException.class)
                .satisfies(e -> {
                    ScenarioInfeasibleException ex = (ScenarioInfeasibleException) e;
                    assertThat(ex.messageKey()).isEqualTo("scenarios.error.infeasible");
                    // need 1825 t, stock 1000 t, import 100 t, no quinoa: 725 t short
                    assertThat(ex.getMessage()).contains("South").contains("725 t").contains("0.5 kg/day");
                    assertThat((String) ex.args()[1]).contains("South").contains("725 т");
                });
    }

    @Test
    void infeasibleWaterAndHousingAreNamedToo() {
        ResourceProblem.Region dry = new ResourceProblem.Region("Desert", 1_000, 200, 500, 0, 40_000, 20_000,
                0, 0, 40, 300);
        assertThatThrownBy(() -> new ResourceBalanceModel(new ResourceProblem(List.of(dry), NORMS)).checkFeasible())
                .isInstanceOf(ScenarioInfeasibleException.class)
                .hasMessageContaining("Desert: water 10,000 l/day short")
                .hasMessageContaining("housing 7,000 m2 short");
    }
}

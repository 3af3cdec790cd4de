package org.rbe.governance.scenarios.internal;

import java.util.List;

/** The input of the resource-balance model: the regions' people and resources, and the norms in force. */
public record ResourceProblem(List<Region> regions, Norms norms) {

    public ResourceProblem {
        regions = List.copyOf(regions);
    }

    /**
     * One region's latest data. Staple and substitute quantities are tonnes held in store; water is a
     * daily supply in litres; housing is floor area in m2; costs are per tonne moved.
     */
    public record Region(String name, double population, double children, double stapleStockT,
                         double substituteStockT, double waterLitresPerDay, double housingM2,
                         double stapleImportCapacityT, double substituteImportCapacityT,
                         double transferCostPerT, double importCostPerT) {

        /** Tonnes of the staple this region needs over the horizon. */
        public double stapleNeedT(Norms norms) {
            return population * norms.stapleKgPerDay() * norms.days() / 1000.0;
        }

        public double waterNeedLitresPerDay(Norms norms) {
            return population * norms.waterLitresPerDay();
        }

        public double housingNeedM2(Norms norms) {
            return population * norms.housingM2PerPerson() + children * norms.housingM2PerChild();
        }
    }

    /**
     * The constitutional floors (§2.1, §4.3) as the model applies them. Food is a staple ration in kg
     * per person per day (the §5.2 worked example: 0.5 kg of wheat); the substitute may replace up to
     * {@code substitutionCap} of it at equal calories.
     */
    public record Norms(String staple, String substitute, double stapleKgPerDay, double stapleKcalPerKg,
                        double substituteKcalPerKg, double substitutionCap, double waterLitresPerDay,
                        double housingM2PerPerson, double housingM2PerChild, int days) {

        /** The norms of the constitution: wheat 0.5 kg/day, quinoa up to 20%, water 50 l, housing 25 + 10 m2, a year. */
        public static final Norms CONSTITUTION = new Norms("wheat", "quinoa", 0.5, 3390, 3680, 0.20,
                50, 25, 10, 365);

        /** The food norm the worked example's staple ration stands for (kcal per person per day). */
        static final double CONSTITUTION_KCAL_PER_DAY = 3000;

        /**
         * The founding norms with the floors in force on a date: water, food energy, housing per person and per
         * child. The staple ration covers the same share of the food norm as in the worked example (0.5 kg of wheat
         * for 3,000 kcal), so raising the food norm raises the ration in proportion.
         */
        public static Norms constitutional(double waterLitresPerDay, double foodKcalPerDay, double housingM2PerAdult,
                                           double housingM2PerChild) {
            Norms n = CONSTITUTION;
            return new Norms(n.staple, n.substitute, n.stapleKgPerDay * foodKcalPerDay / CONSTITUTION_KCAL_PER_DAY,
                    n.stapleKcalPerKg, n.substituteKcalPerKg, n.substitutionCap, waterLitresPerDay, housingM2PerAdult,
                    housingM2PerChild, n.days);
        }

        /** Tonnes of substitute that replace one tonne of the staple at equal calories. */
        public double substitutePerStapleT() {
            return stapleKcalPerKg / substituteKcalPerKg;
        }
    }
}

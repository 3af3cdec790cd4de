package org.rbe.governance.scenarios.internal;

import org.rbe.governance.scenarios.ScenarioInfeasibleException;

import java.util.ArrayList;
import java.util.List;

/** Collects the floors that no plan can meet, worded for people in English and Russian. */
final class Shortfalls {
    private final ResourceProblem.Norms norms;
    private final List<String> en = new ArrayList<>();
    private final List<String> ru = new ArrayList<>();

    Shortfalls(ResourceProblem.Norms norms) {
        this.norms = norms;
    }

    void water(ResourceProblem.Region r, double missingLitresPerDay) {
        if (missingLitresPerDay > 0.5) {
            en.add("%s: water %s l/day short of the %s l/day per person floor (%s people need %s l/day, supply is %s)"
                    .formatted(r.name(), Quantities.EN.whole(missingLitresPerDay), Quantities.EN.decimal(norms.waterLitresPerDay()),
                            Quantities.EN.whole(r.population()), Quantities.EN.whole(r.waterNeedLitresPerDay(norms)),
                            Quantities.EN.whole(r.waterLitresPerDay())));
            ru.add("%s: воды не хватает %s л/день до нормы %s л/день на человека (%s человек нужно %s л/день, подача %s)"
                    .formatted(r.name(), Quantities.RU.whole(missingLitresPerDay), Quantities.RU.decimal(norms.waterLitresPerDay()),
                            Quantities.RU.whole(r.population()), Quantities.RU.whole(r.waterNeedLitresPerDay(norms)),
                            Quantities.RU.whole(r.waterLitresPerDay())));
        }
    }

    void housing(ResourceProblem.Region r, double missingM2) {
        if (missingM2 > 0.5) {
            en.add("%s: housing %s m2 short of the floor of %s m2 per person plus %s m2 per child (need %s m2, have %s m2)"
                    .formatted(r.name(), Quantities.EN.whole(missingM2), Quantities.EN.decimal(norms.housingM2PerPerson()),
                            Quantities.EN.decimal(norms.housingM2PerChild()), Quantities.EN.whole(r.housingNeedM2(norms)),
                            Quantities.EN.whole(r.housingM2())));
            ru.add("%s: жилья не хватает %s м2 до нормы %s м2 на человека и %s м2 на ребёнка (нужно %s м2, есть %s м2)"
                    .formatted(r.name(), Quantities.RU.whole(missingM2), Quantities.RU.decimal(norms.housingM2PerPerson()),
                            Quantities.RU.decimal(norms.housingM2PerChild()), Quantities.RU.whole(r.housingNeedM2(norms)),
                            Quantities.RU.whole(r.housingM2())));
        }
    }

    void staple(ResourceProblem.Region r, double missingT) {
        if (missingT > ResourceBalanceModel.TOLERANCE_T) {
            double peopleUncovered = missingT * 1000 / (norms.stapleKgPerDay() * norms.days());
            en.add(("%s: food %s t of %s short of the %s kg/day norm even after every transfer, import and %s%% %s "
                    + "substitution; about %s people would go without for %d days")
                    .formatted(r.name(), Quantities.EN.whole(missingT), norms.staple(), Quantities.EN.decimal(norms.stapleKgPerDay()),
                            Quantities.EN.whole(norms.substitutionCap() * 100), norms.substitute(),
                            Quantities.EN.whole(Math.ceil(peopleUncovered)), norms.days()));
            ru.add(("%s: %s не хватает %s т до нормы %s кг/день даже после всех перебросок, импорта и "
                    + "замены %s%% на %s; около %s человек остались бы без нормы на %d дней")
                    .formatted(r.name(), Titles.ruGenitive(norms.staple()), Quantities.RU.whole(missingT), Quantities.RU.decimal(norms.stapleKgPerDay()),
                            Quantities.RU.whole(norms.substitutionCap() * 100), Titles.ruGenitive(norms.substitute()),
                            Quantities.RU.whole(Math.ceil(peopleUncovered)), norms.days()));
        }
    }

    void throwIfAny() {
        if (!en.isEmpty()) {
            throw new ScenarioInfeasibleException(String.join("; ", en), String.join("; ", ru));
        }
    }
}

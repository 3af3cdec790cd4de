package org.rbe.governance.scenarios.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a plan's plain-language explanation (§5.5 "XAI") in English and Russian. Every number
 * comes from the plan and the problem, so the text always matches the allocations.
 */
final class PlanNarrative {
    private final ResourceProblem.Norms norms;
    private final Quantities q;
    private final boolean ru;

    private PlanNarrative(ResourceProblem.Norms norms, boolean ru) {
        this.norms = norms;
        this.ru = ru;
        this.q = ru ? Quantities.RU : Quantities.EN;
    }

    static String english(Plan plan, ResourceProblem.Norms norms, String title, String revision) {
        return new PlanNarrative(norms, false).write(plan, title, revision);
    }

    static String russian(Plan plan, ResourceProblem.Norms norms, String title, String revision) {
        return new PlanNarrative(norms, true).write(plan, title, revision);
    }

    private String write(Plan plan, String title, String revision) {
        StringBuilder text = new StringBuilder(title).append('\n');
        Strategy.Kind kind = plan.strategy().kind();
        text.append(ru ? Titles.rationaleRu(kind) : Titles.rationaleEn(kind)).append(' ');
        if (!revision.isEmpty()) {
            text.append(revision).append(' ');
        }
        double transfers = 0, imports = 0, substituted = 0, reserve = 0;
        for (Plan.RegionPlan r : plan.regions()) {
            transfers += r.stapleInTotal() + r.substituteIn().values().stream().mapToDouble(Double::doubleValue).sum();
            imports += r.stapleImport() + r.substituteImport();
            substituted += r.substituted();
            reserve += r.stapleReserve();
        }
        String staple = norms.staple();
        text.append(ru
                ? "Итого: переброшено между регионами %s т, импортировано %s т, заменено на %s %s т %s, в резерве остаётся %s т %s; стоимость логистики %s."
                .formatted(q.whole(transfers), q.whole(imports), Titles.ruGenitive(norms.substitute()), q.whole(substituted),
                        Titles.ruGenitive(staple), q.whole(reserve), Titles.ruGenitive(staple), q.whole(plan.logisticsCost()))
                : "Totals: %s t moved between regions, %s t imported, %s t of %s replaced by %s, %s t of %s left in reserve; logistics cost %s."
                .formatted(q.whole(transfers), q.whole(imports), q.whole(substituted), staple, norms.substitute(),
                        q.whole(reserve), staple, q.whole(plan.logisticsCost())));
        text.append(ru
                ? " Нормы соблюдены во всех регионах: %s кг %s в день, %s л воды в день, %s м2 жилья на человека и ещё %s м2 на ребёнка."
                .formatted(q.decimal(norms.stapleKgPerDay()), Titles.ruGenitive(staple), q.decimal(norms.waterLitresPerDay()),
                        q.decimal(norms.housingM2PerPerson()), q.decimal(norms.housingM2PerChild()))
                : " Every region meets the floors: %s kg of %s a day, %s l of water a day, %s m2 of housing per person plus %s m2 per child."
                .formatted(q.decimal(norms.stapleKgPerDay()), staple, q.decimal(norms.waterLitresPerDay()),
                        q.decimal(norms.housingM2PerPerson()), q.decimal(norms.housingM2PerChild())));
        for (Plan.RegionPlan r : plan.regions()) {
            text.append('\n').append(region(r));
        }
        return text.toString();
    }

    private String region(Plan.RegionPlan p) {
        ResourceProblem.Region r = p.region();
        double need = r.stapleNeedT(norms);
        long covered = (long) Math.floor(r.stapleStockT() * 1000 / (norms.stapleKgPerDay() * norms.days()) + 1e-9);
        String staple = norms.staple();
        String g = Titles.ruGenitive(staple);
        StringBuilder s = new StringBuilder();
        if (covered < r.population()) {
            s.append(ru ? "%s: запасы %s %s т покрывают норму %s кг/день для %s из %s человек на %d дней (нужно %s т). "
                    .formatted(r.name(), g, q.whole(r.stapleStockT()), q.decimal(norms.stapleKgPerDay()), q.whole(covered),
                            q.whole(r.population()), norms.days(), q.whole(need))
                    : "%s: %s stocks of %s t cover the %s kg/day norm for %s of %s people for %d days (need %s t). "
                    .formatted(r.name(), staple, q.whole(r.stapleStockT()), q.decimal(norms.stapleKgPerDay()), q.whole(covered),
                            q.whole(r.population()), norms.days(), q.whole(need)));
            s.append(ru ? "Нехватку %s т закрывают: ".formatted(q.whole(need - r.stapleStockT()))
                    : "The shortfall of %s t is covered by ".formatted(q.whole(need - r.stapleStockT())));
        } else {
            s.append(ru ? "%s: запасов %s %s т хватает на норму %s кг/день для всех %s человек на %d дней (нужно %s т). Снабжение: "
                    .formatted(r.name(), g, q.whole(r.stapleStockT()), q.decimal(norms.stapleKgPerDay()), q.whole(r.population()),
                            norms.days(), q.whole(need))
                    : "%s: %s stocks of %s t cover the %s kg/day norm for all %s people for %d days (need %s t). Supply: "
                    .formatted(r.name(), staple, q.whole(r.stapleStockT()), q.decimal(norms.stapleKgPerDay()), q.whole(r.population()),
                            norms.days(), q.whole(need)));
            s.append(ru ? "%s т из собственного запаса".formatted(q.whole(p.stapleLocal()))
                    : "%s t from its own stock".formatted(q.whole(p.stapleLocal())));
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> in : p.stapleIn().entrySet()) {
            parts.add(ru ? "переброска %s т из региона %s".formatted(q.whole(in.getValue()), in.getKey())
                    : "a transfer of %s t from %s".formatted(q.whole(in.getValue()), in.getKey()));
        }
        if (p.stapleImport() > 0.5) {
            parts.add(ru ? "импорт %s т".formatted(q.whole(p.stapleImport())) : "importing %s t".formatted(q.whole(p.stapleImport())));
        }
        if (p.substituted() > 0.5) {
            String pct = q.whole(p.substituted() / need * 100);
            parts.add(ru ? "замена %s т %s на %s т %s (%s%% нормы)".formatted(q.whole(p.substituted()), g,
                    q.whole(p.substituteUsed()), Titles.ruGenitive(norms.substitute()), pct)
                    : "replacing %s t of %s (%s%% of the norm) with %s t of %s".formatted(q.whole(p.substituted()), staple,
                    pct, q.whole(p.substituteUsed()), norms.substitute()));
            p.substituteIn().forEach((from, t) -> parts.add(ru ? "%s т %s привозят из региона %s".formatted(q.whole(t),
                    Titles.ruGenitive(norms.substitute()), from) : "%s t of %s brought from %s".formatted(q.whole(t),
                    norms.substitute(), from)));
        }
        if (covered < r.population()) {
            s.append(String.join(", ", parts)).append(ru ? ". Из собственного запаса расходуется %s т."
                    .formatted(q.whole(p.stapleLocal())) : ". It uses %s t of its own stock.".formatted(q.whole(p.stapleLocal())));
        } else {
            parts.forEach(part -> s.append(", ").append(part));
            s.append('.');
        }
        s.append(ru ? " В резерве: %s т %s и %s т %s".formatted(q.whole(p.stapleReserve()), g, q.whole(p.substituteReserve()),
                Titles.ruGenitive(norms.substitute()))
                : " Reserve: %s t of %s and %s t of %s".formatted(q.whole(p.stapleReserve()), staple,
                q.whole(p.substituteReserve()), norms.substitute()));
        if (p.stapleOutTotal() > 0.5) {
            List<String> to = p.stapleOut().entrySet().stream().map(e -> q.whole(e.getValue()) + (ru ? " т — " : " t to ") + e.getKey()).toList();
            s.append(ru ? "; отправляет: " : "; it sends ").append(String.join(", ", to));
        }
        s.append(ru ? ". Вода: %s л/день на человека (норма %s), жильё: %s м2 при норме %s м2."
                .formatted(q.decimal(r.waterLitresPerDay() / r.population()), q.decimal(norms.waterLitresPerDay()),
                        q.whole(r.housingM2()), q.whole(r.housingNeedM2(norms)))
                : ". Water: %s l/day per person (floor %s), housing: %s m2 against a floor of %s m2."
                .formatted(q.decimal(r.waterLitresPerDay() / r.population()), q.decimal(norms.waterLitresPerDay()),
                        q.whole(r.housingM2()), q.whole(r.housingNeedM2(norms))));
        return s.toString();
    }
}

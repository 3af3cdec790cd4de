package org.rbe.governance.scenarios.internal;

import org.rbe.governance.scenarios.Allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses 3-5 distinct plans for one round. Round 1 solves the five policies as they are; a revised
 * round (experts returned the set) first limits each policy's own lever to a share picked from the
 * round number and the revision notes, and drops any plan equal to one already shown. Fewer than
 * three plans come back only when the data leaves fewer distinct ways to meet the floors.
 */
public final class ScenarioPortfolio {
    /** Shares of a lever a revised round allows, rotated by round and notes. */
    private static final double[] SHARES = {0.5, 0.75, 0.25};
    public static final int MAX_SCENARIOS = 5;

    private ScenarioPortfolio() {
    }

    /** A scenario ready to store: title, explanations and allocations. */
    public record Draft(int ordinal, String title, String explanationEn, String explanationRu,
                        List<Allocation> allocations, double objectiveValue) {
    }

    /**
     * Drafts for {@code round}; {@code previous} are the allocations of the scenarios already shown
     * (the returned round), which new plans must differ from.
     */
    public static List<Draft> draft(ResourceProblem problem, int round, String notes, List<List<Allocation>> previous) {
        ResourceBalanceModel model = new ResourceBalanceModel(problem);
        model.checkFeasible();
        List<Strategy> pool = pool(round, notes);
        List<Draft> drafts = new ArrayList<>();
        List<List<Allocation>> seen = new ArrayList<>(previous);
        for (Strategy strategy : pool) {
            if (drafts.size() == MAX_SCENARIOS) {
                break;
            }
            Optional<Plan> plan = model.solve(strategy);
            if (plan.isEmpty()) {
                continue;
            }
            List<Allocation> allocations = PlanAllocations.of(plan.get(), problem.norms());
            if (seen.stream().anyMatch(other -> PlanAllocations.same(other, allocations))) {
                continue;
            }
            seen.add(allocations);
            drafts.add(draft(plan.get(), problem.norms(), drafts.size() + 1, round, notes, allocations));
        }
        return drafts;
    }

    static List<Strategy> pool(int round, String notes) {
        List<Strategy> pool = new ArrayList<>();
        int start = round <= 1 ? 0 : Math.floorMod(round - 2 + (notes == null ? 0 : notes.strip().hashCode()), SHARES.length);
        List<Strategy> base = new ArrayList<>();
        for (Strategy.Kind kind : Strategy.Kind.values()) {
            base.add(Strategy.of(kind));
        }
        if (round <= 1) {
            pool.addAll(base);
        }
        for (int i = 0; i < SHARES.length; i++) {
            double share = SHARES[(start + i) % SHARES.length];
            base.forEach(s -> pool.add(s.capped(share)));
        }
        if (round > 1) {
            pool.addAll(base);
        }
        return pool;
    }

    private static Draft draft(Plan plan, ResourceProblem.Norms norms, int ordinal, int round, String notes,
                               List<Allocation> allocations) {
        Strategy s = plan.strategy();
        char letter = (char) ('A' + ordinal - 1);
        String titleEn = "Scenario %s - %s".formatted(letter, Titles.en(s.kind(), norms.substitute()));
        String titleRu = "Сценарий %s — %s".formatted(letter, Titles.ru(s.kind(), norms.substitute()));
        String revisionEn = "";
        String revisionRu = "";
        String quoted = notes == null || notes.isBlank() ? "" : notes.strip();
        if (round > 1) {
            titleEn += " (revision " + round + ")";
            titleRu += " (пересмотр " + round + ")";
            revisionEn = "Revision round %d: the experts returned the previous set%s.".formatted(round,
                    quoted.isEmpty() ? "" : " with the notes \"" + quoted + "\"");
            revisionRu = "Пересмотр, раунд %d: эксперты вернули предыдущий набор%s.".formatted(round,
                    quoted.isEmpty() ? "" : " с замечаниями «" + quoted + "»");
        }
        if (s.isCapped()) {
            String pct = Quantities.EN.whole(s.cappedShare() * 100);
            revisionEn += (revisionEn.isEmpty() ? "" : " ") + "In this variant %s are limited to %s%% of what is available."
                    .formatted(Titles.leverEn(s.kind().lever), pct);
            revisionRu += (revisionRu.isEmpty() ? "" : " ") + "В этом варианте %s ограничен(а) %s%% от доступного."
                    .formatted(Titles.leverRu(s.kind().lever), pct);
        }
        return new Draft(ordinal, titleEn, PlanNarrative.english(plan, norms, titleEn, revisionEn),
                PlanNarrative.russian(plan, norms, titleRu, revisionRu), allocations, plan.logisticsCost());
    }

    /** Allocations keyed by region, resource and kind (for comparisons in tests and callers). */
    public static Map<String, Double> byKey(List<Allocation> allocations) {
        Map<String, Double> map = new HashMap<>();
        allocations.forEach(a -> map.merge(a.region() + "|" + a.resource() + "|" + a.kind(), a.quantity(), Double::sum));
        return map;
    }
}

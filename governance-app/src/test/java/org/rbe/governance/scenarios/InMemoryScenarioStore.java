package org.rbe.governance.scenarios;

import org.rbe.governance.scenarios.internal.ScenarioStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A {@link ScenarioStore} in memory, for service tests without a database. */
class InMemoryScenarioStore implements ScenarioStore {
    private final List<ScenarioView> rows = new ArrayList<>();
    private long nextId = 1;

    @Override
    public List<ScenarioView> replaceRound(long caseId, int round, long datasetId, List<ScenarioView> scenarios) {
        rows.removeIf(s -> s.caseId() == caseId && s.round() == round);
        List<ScenarioView> saved = new ArrayList<>();
        for (ScenarioView s : scenarios) {
            saved.add(new ScenarioView(nextId++, caseId, round, s.ordinal(), s.title(), s.explanationEn(),
                    s.explanationRu(), s.allocations(), s.objectiveValue()));
        }
        rows.addAll(saved);
        return saved;
    }

    @Override
    public List<ScenarioView> round(long caseId, int round) {
        return rows.stream().filter(s -> s.caseId() == caseId && s.round() == round)
                .sorted(Comparator.comparingInt(ScenarioView::ordinal)).toList();
    }

    @Override
    public OptionalInt latestRound(long caseId) {
        return rows.stream().filter(s -> s.caseId() == caseId).mapToInt(ScenarioView::round).max();
    }

    @Override
    public Optional<ScenarioView> byId(long id) {
        return rows.stream().filter(s -> s.id() == id).findFirst();
    }
}

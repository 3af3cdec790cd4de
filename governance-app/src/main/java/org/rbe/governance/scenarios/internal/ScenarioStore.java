package org.rbe.governance.scenarios.internal;

import org.rbe.governance.scenarios.ScenarioView;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Persistence of generated scenarios and their allocations (tables {@code sc_*}). */
public interface ScenarioStore {

    /** Replaces the scenarios of (caseId, round) with {@code scenarios}; returns them with ids assigned. */
    List<ScenarioView> replaceRound(long caseId, int round, long datasetId, List<ScenarioView> scenarios);

    /** The scenarios of one round, by ordinal. */
    List<ScenarioView> round(long caseId, int round);

    OptionalInt latestRound(long caseId);

    Optional<ScenarioView> byId(long id);
}

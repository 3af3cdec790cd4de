package org.rbe.governance.ethics;

/** An ethics council member vetoed a scenario. */
public record ScenarioVetoed(long caseId, long scenarioId, String member) {
}

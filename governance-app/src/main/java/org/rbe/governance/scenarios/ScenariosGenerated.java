package org.rbe.governance.scenarios;

/** Published after a set of scenarios for a decision case and round was generated and stored. */
public record ScenariosGenerated(long caseId, int round, int count) {
}

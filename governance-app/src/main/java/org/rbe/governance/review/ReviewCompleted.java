package org.rbe.governance.review;

/** The experts finished reviewing a round of scenarios. */
public record ReviewCompleted(long caseId, int round, boolean returned) {
}

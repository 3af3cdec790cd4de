package org.rbe.governance.appeals;

/** An appeal panel decided: UPHELD, MODIFIED or LIFTED, by the rule stated. */
public record AppealDecided(long appealId, long sanctionId, String outcome, String decisionRule, int votesForOutcome) {
}

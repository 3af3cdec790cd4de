package org.rbe.governance.ethics;

import java.time.Instant;

/** A published veto: which scenario, by whom, why. */
public record VetoView(long caseId, int round, long scenarioId, String member, String memberName, String reason,
                       Instant vetoedAt) {
}

package org.rbe.governance.appeals;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** An appeal panel decided: UPHELD, MODIFIED or LIFTED, by the rule stated. */
public record AppealDecided(long appealId, long sanctionId, String outcome, String decisionRule, int votesForOutcome) implements Audited {
    @Override
    public String auditType() {
        return "SANCTION_APPEAL_DECIDED";
    }

    @Override
    public String auditSubject() {
        return "appeal:" + appealId;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("sanctionId", sanctionId, "outcome", outcome, "decisionRule", decisionRule, "votesForOutcome", votesForOutcome);
    }
}

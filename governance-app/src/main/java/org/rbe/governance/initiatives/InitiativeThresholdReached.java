package org.rbe.governance.initiatives;

import java.util.Map;
import org.rbe.governance.shared.Audited;
import org.rbe.governance.shared.CaseNumbers;

/** Enough citizens support an initiative: it goes to expert analysis. */
public record InitiativeThresholdReached(long initiativeId, long proposerId, int supporters) implements Audited {
    @Override
    public String auditType() {
        return "INITIATIVE_THRESHOLD_REACHED";
    }

    @Override
    public String auditSubject() {
        return "case:" + CaseNumbers.initiative(initiativeId);
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("supporters", supporters);
    }
}

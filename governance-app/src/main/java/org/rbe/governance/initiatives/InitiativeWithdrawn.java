package org.rbe.governance.initiatives;

import java.util.Map;
import org.rbe.governance.shared.Audited;
import org.rbe.governance.shared.CaseNumbers;

/** The proposer withdrew an initiative while it collected supporters. */
public record InitiativeWithdrawn(long initiativeId, int supporters) implements Audited {
    @Override
    public String auditType() {
        return "INITIATIVE_WITHDRAWN";
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

package org.rbe.governance.initiatives;

import java.util.Map;
import org.rbe.governance.shared.Audited;
import org.rbe.governance.shared.CaseNumbers;

/** An initiative's collection window closed before it had enough supporters. */
public record InitiativeExpired(long initiativeId, long proposerId, int supporters, int threshold) implements Audited {
    @Override
    public String auditType() {
        return "INITIATIVE_EXPIRED";
    }

    @Override
    public String auditSubject() {
        return "case:" + CaseNumbers.initiative(initiativeId);
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("supporters", supporters, "threshold", threshold);
    }
}

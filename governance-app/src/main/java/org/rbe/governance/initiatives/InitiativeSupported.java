package org.rbe.governance.initiatives;

import java.util.Map;
import org.rbe.governance.shared.Audited;
import org.rbe.governance.shared.CaseNumbers;

/** A citizen supported an initiative; the ledger keeps the count, not who. */
public record InitiativeSupported(long initiativeId, int supporters, int threshold) implements Audited {
    @Override
    public String auditType() {
        return "INITIATIVE_SUPPORTED";
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

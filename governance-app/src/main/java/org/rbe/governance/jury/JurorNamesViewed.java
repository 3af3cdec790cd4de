package org.rbe.governance.jury;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** A clerk looked at the names of a panel's members (to handle its invitations); recorded in the ledger. */
public record JurorNamesViewed(long panelId, long caseNumber, String viewer) implements Audited {
    @Override
    public String auditType() {
        return "JUROR_NAMES_VIEWED";
    }

    @Override
    public String auditSubject() {
        return "panel:" + panelId;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Map.of("caseNumber", caseNumber, "viewer", viewer);
    }
}

package org.rbe.governance.initiatives;

import java.util.Map;
import org.rbe.governance.shared.Audited;
import org.rbe.governance.shared.CaseNumbers;

/** A clerk declined to open a decision case from an initiative, with a reason. */
public record InitiativeDeclined(long initiativeId, long proposerId, String clerk, String reasonSha256) implements Audited {
    @Override
    public String auditType() {
        return "INITIATIVE_DECLINED";
    }

    @Override
    public String auditSubject() {
        return "case:" + CaseNumbers.initiative(initiativeId);
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("clerk", clerk, "reasonSha256", reasonSha256);
    }
}

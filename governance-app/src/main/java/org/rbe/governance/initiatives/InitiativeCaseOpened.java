package org.rbe.governance.initiatives;

import java.util.Map;
import org.rbe.governance.shared.Audited;
import org.rbe.governance.shared.CaseNumbers;

/** A clerk opened a decision case from an initiative. */
public record InitiativeCaseOpened(long initiativeId, long proposerId, String clerk, long decisionCase) implements Audited {
    @Override
    public String auditType() {
        return "INITIATIVE_CASE_OPENED";
    }

    @Override
    public String auditSubject() {
        return "case:" + CaseNumbers.initiative(initiativeId);
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("clerk", clerk, "decisionCase", decisionCase);
    }
}

package org.rbe.governance.oversight;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** The trio published its finding on a decision, with its minutes. */
public record OversightConcluded(long checkId, long decisionCase, String finding, int sound, int flawed,
                                 String documentId) implements Audited {
    @Override
    public String auditType() {
        return "OVERSIGHT_CONCLUDED";
    }

    @Override
    public String auditSubject() {
        return "case:" + decisionCase;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("check", checkId, "finding", finding, "sound", sound, "flawed", flawed,
                "documentId", documentId);
    }
}

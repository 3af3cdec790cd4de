package org.rbe.governance.proceedings;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** A body drawn by lot reached the next stage of its lifecycle; the ledger records each step of every body. */
public record BodyAdvanced(long panelId, String kind, long caseNumber, BodyStage stage) implements Audited {
    @Override
    public String auditType() {
        return "BODY_" + stage.name();
    }

    @Override
    public String auditSubject() {
        return "case:" + caseNumber;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("panel", panelId, "kind", kind, "stage", stage.name());
    }
}

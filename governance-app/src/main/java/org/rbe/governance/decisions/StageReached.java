package org.rbe.governance.decisions;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** A decision case moved to a stage. */
public record StageReached(long caseId, Stage stage) implements Audited {
    @Override
    public String auditType() {
        return "CASE_STAGE";
    }

    @Override
    public String auditSubject() {
        return "case:" + caseId;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("stage", stage.name());
    }
}

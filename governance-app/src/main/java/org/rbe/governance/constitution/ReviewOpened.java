package org.rbe.governance.constitution;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** A constitutional review opened, by its due date or by a citizens' initiative. */
public record ReviewOpened(long reviewId, String trigger) implements Audited {
    @Override
    public String auditType() {
        return "CONSTITUTIONAL_REVIEW_OPENED";
    }

    @Override
    public String auditSubject() {
        return "constitutional-review:" + reviewId;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("trigger", trigger);
    }
}

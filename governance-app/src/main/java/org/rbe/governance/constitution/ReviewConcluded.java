package org.rbe.governance.constitution;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** A constitutional review closed with its minutes published; {@code accepted} amendments were enacted. */
public record ReviewConcluded(long reviewId, String documentId, int accepted, int proposed) implements Audited {
    @Override
    public String auditType() {
        return "CONSTITUTIONAL_REVIEW_CONCLUDED";
    }

    @Override
    public String auditSubject() {
        return "constitutional-review:" + reviewId;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("documentId", documentId, "accepted", accepted, "proposed", proposed);
    }
}

package org.rbe.governance.rotation;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** A term of office ended and {@code successor} took the office over. */
public record TermEnded(Office office, String outgoing, String successor, long rotationId) implements Audited {
    @Override
    public String auditType() {
        return "TERM_ENDED";
    }

    @Override
    public String auditSubject() {
        return "office:" + office.name();
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("outgoing", outgoing, "successor", successor, "rotationId", rotationId);
    }
}

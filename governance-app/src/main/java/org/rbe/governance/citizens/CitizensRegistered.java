package org.rbe.governance.citizens;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** Citizens were added to the registry (or changed in it): anyone holding a snapshot of it must read it again. */
public record CitizensRegistered(int count) implements Audited {
    @Override
    public String auditType() {
        return "CITIZENS_REGISTERED";
    }

    @Override
    public String auditSubject() {
        return "registry";
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("count", count);
    }
}

package org.rbe.governance.appeals;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** A citizen appealed a sanction (or its five-year review opened); the public ledger does not name the appellant. */
public record AppealFiled(long appealId, long sanctionId, long appellantId, String kind) implements Audited {
    @Override
    public String auditType() {
        return "SANCTION_APPEAL_FILED";
    }

    @Override
    public String auditSubject() {
        return "appeal:" + appealId;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("sanctionId", sanctionId, "kind", kind);
    }
}

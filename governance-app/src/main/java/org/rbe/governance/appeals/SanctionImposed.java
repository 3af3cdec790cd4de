package org.rbe.governance.appeals;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** An administrator recorded a sanction. The public ledger records it without naming the sanctioned citizen. */
public record SanctionImposed(long sanctionId, long citizenId, int level, String imposedBy) implements Audited {
    @Override
    public String auditType() {
        return "SANCTION_IMPOSED";
    }

    @Override
    public String auditSubject() {
        return "sanction:" + sanctionId;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("level", level, "imposedBy", imposedBy);
    }
}

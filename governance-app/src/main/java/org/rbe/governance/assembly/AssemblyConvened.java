package org.rbe.governance.assembly;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** An annual civic assembly was convened on its due date. */
public record AssemblyConvened(long assemblyId, String dueDate) implements Audited {
    @Override
    public String auditType() {
        return "CIVIC_ASSEMBLY_CONVENED";
    }

    @Override
    public String auditSubject() {
        return "civic-assembly:" + assemblyId;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Map.of("dueDate", dueDate);
    }
}

package org.rbe.governance.oversight;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** A check of a published decision was requested; the ledger keeps the concern's digest, and nothing of who asked. */
public record OversightRequested(long checkId, long decisionCase, String concernSha256) implements Audited {
    @Override
    public String auditType() {
        return "OVERSIGHT_REQUESTED";
    }

    @Override
    public String auditSubject() {
        return "case:" + decisionCase;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("check", checkId, "concernSha256", concernSha256);
    }
}

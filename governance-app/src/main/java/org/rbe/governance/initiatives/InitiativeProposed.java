package org.rbe.governance.initiatives;

import java.util.Map;
import org.rbe.governance.shared.Audited;
import org.rbe.governance.shared.CaseNumbers;

/** A citizen proposed an initiative; the ledger keeps its title and the digest of its text. */
public record InitiativeProposed(long initiativeId, long proposerId, String title, String proposalSha256, int threshold) implements Audited {
    @Override
    public String auditType() {
        return "INITIATIVE_PROPOSED";
    }

    @Override
    public String auditSubject() {
        return "case:" + CaseNumbers.initiative(initiativeId);
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("proposer", proposerId, "title", title, "proposalSha256", proposalSha256, "threshold", threshold);
    }
}

package org.rbe.governance.initiatives;

import java.util.Map;
import org.rbe.governance.shared.Audited;
import org.rbe.governance.shared.CaseNumbers;

/** A technocrat analysed an initiative; the ledger keeps the assessment and the digest of the analysis. */
public record InitiativeAnalysed(long initiativeId, long proposerId, String analyst, String assessment, String analysisSha256) implements Audited {
    @Override
    public String auditType() {
        return "INITIATIVE_ANALYSED";
    }

    @Override
    public String auditSubject() {
        return "case:" + CaseNumbers.initiative(initiativeId);
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("analyst", analyst, "assessment", assessment, "analysisSha256", analysisSha256);
    }
}

package org.rbe.governance.initiatives;

import java.util.Map;
import org.rbe.governance.shared.Audited;
import org.rbe.governance.shared.CaseNumbers;

/**
 * The technocrat who analyses an initiative was chosen by lot: the ledger keeps the seed (the case number) and how
 * many technocrats were eligible, so anyone can re-run the choice over the roster of that day.
 */
public record InitiativeAnalystChosen(long initiativeId, String analyst, long seed, int eligible) implements Audited {
    @Override
    public String auditType() {
        return "INITIATIVE_ANALYST_CHOSEN";
    }

    @Override
    public String auditSubject() {
        return "case:" + CaseNumbers.initiative(initiativeId);
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("analyst", analyst, "seed", seed, "eligible", eligible);
    }
}

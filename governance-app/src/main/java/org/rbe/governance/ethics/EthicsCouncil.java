package org.rbe.governance.ethics;

import java.util.List;
import java.util.Set;

/** Vetoes by the ethics council, enforced and published. */
public interface EthicsCouncil {
    /** The current user (an ethics member with no other role in this case) vetoes a scenario of the current round. */
    VetoView veto(long caseId, long scenarioId, String reason);

    List<VetoView> vetoes(long caseId);

    Set<Long> vetoedScenarioIds(long caseId, int round);

    /** Everyone who vetoed anything in this case. */
    Set<String> vetoersOf(long caseId);
}

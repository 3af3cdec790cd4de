package org.rbe.governance.initiatives.internal;

import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.workflow.TaskReassigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An initiative's analysis that passed its deadline goes to another technocrat: the initiative names the new analyst,
 * whose analysis is then the one recorded (the first choice and the reassignment, with their seeds, are in the ledger).
 */
@Component
class AnalystHandover {
    private final InitiativeStore store;

    AnalystHandover(InitiativeStore store) {
        this.store = store;
    }

    @EventListener
    void on(TaskReassigned reassigned) {
        if ("Task_AnalyseInitiative".equals(reassigned.taskKey()) && reassigned.to() != null
                && CaseNumbers.isIn(reassigned.caseNumber(), CaseNumbers.INITIATIVES)) {
            store.set(CaseNumbers.idOf(reassigned.caseNumber()), "analyst", reassigned.to());
        }
    }
}

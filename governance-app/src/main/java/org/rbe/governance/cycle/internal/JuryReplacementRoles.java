package org.rbe.governance.cycle.internal;

import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.conflicts.DecisionRoles;
import org.rbe.governance.jury.JurorReplaced;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.shared.CaseNumbers;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A citizen drawn to replace a decliner on a decision case's jury takes the juror's role in that case. */
@Component
class JuryReplacementRoles {
    private final Sortition sortition;
    private final CaseRoles roles;

    JuryReplacementRoles(Sortition sortition, CaseRoles roles) {
        this.sortition = sortition;
        this.roles = roles;
    }

    @EventListener
    void on(JurorReplaced replaced) {
        PanelView panel = sortition.panel(replaced.panelId());
        if (CaseNumbers.isDecisionCase(panel.caseId()) && "jury".equals(panel.purpose())) {
            roles.assign(panel.caseId(), DecisionRoles.JUROR, replaced.replacementCitizenId());
        }
    }
}

package org.rbe.governance.jury.internal;

import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.jury.JurorReplaced;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A citizen drawn to replace one who declined takes the decliner's role in the panel's case (juror, appeal panelist,
 * assembly member...), in every process, so that they too hold no other role in it. The decliner keeps theirs.
 */
@Component
class ReplacementRoles {
    private final PanelRepository panels;
    private final CaseRoles roles;

    ReplacementRoles(PanelRepository panels, CaseRoles roles) {
        this.panels = panels;
        this.roles = roles;
    }

    @EventListener
    void on(JurorReplaced replaced) {
        panels.findById(replaced.panelId()).ifPresent(panel -> roles.roleOf(panel.getCaseId(), replaced.declinedCitizenId())
                .ifPresent(role -> roles.assign(panel.getCaseId(), role, replaced.replacementCitizenId())));
    }
}

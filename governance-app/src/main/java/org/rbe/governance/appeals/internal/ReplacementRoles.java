package org.rbe.governance.appeals.internal;

import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.jury.JurorReplaced;
import org.rbe.governance.shared.CaseNumbers;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A citizen drawn to replace a decliner on an appeal panel takes the panelist's role in that case. */
@Component
class ReplacementRoles {
    private final AppealStore store;
    private final CaseRoles roles;

    ReplacementRoles(AppealStore store, CaseRoles roles) {
        this.store = store;
        this.roles = roles;
    }

    @EventListener
    void on(JurorReplaced replaced) {
        store.panelByJuryPanel(replaced.panelId()).ifPresent(panel ->
                roles.assign(CaseNumbers.appeal(panel.appealId()), AppealRoles.PANELIST, replaced.replacementCitizenId()));
    }
}

package org.rbe.governance.notifications.internal;

import java.util.List;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.initiatives.InitiativeAnalysed;
import org.rbe.governance.initiatives.InitiativeAnalystChosen;
import org.rbe.governance.initiatives.InitiativeCaseOpened;
import org.rbe.governance.initiatives.InitiativeDeclined;
import org.rbe.governance.initiatives.InitiativeExpired;
import org.rbe.governance.initiatives.InitiativeThresholdReached;
import org.rbe.governance.shared.CaseNumbers;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the proposer of a citizens' initiative what became of it: enough supporters, the technocrat's analysis, the
 * decision case opened from it or the clerk's refusal, or the end of its collection window; and the technocrat chosen
 * by lot that an analysis waits for them.
 */
@Component
class InitiativeNoticeTriggers {
    private final Notifier notifier;
    private final CitizenRegistry registry;

    InitiativeNoticeTriggers(Notifier notifier, CitizenRegistry registry) {
        this.notifier = notifier;
        this.registry = registry;
    }

    @EventListener
    void on(InitiativeThresholdReached e) {
        tell(e.proposerId(), e.initiativeId(), "notifications.initiative.threshold", String.valueOf(e.supporters()));
    }

    /** The technocrat chosen by lot finds the analysis in their tasks. */
    @EventListener
    void on(InitiativeAnalystChosen e) {
        notifier.tell(List.of(e.analyst()), "notifications.initiative.toAnalyse",
                List.of(CaseNumbers.label(CaseNumbers.initiative(e.initiativeId()))), "initiatives/" + e.initiativeId(),
                true);
    }

    @EventListener
    void on(InitiativeAnalysed e) {
        tell(e.proposerId(), e.initiativeId(), "notifications.initiative.analysed", e.analyst());
    }

    @EventListener
    void on(InitiativeCaseOpened e) {
        tell(e.proposerId(), e.initiativeId(), "notifications.initiative.caseOpened", CaseNumbers.label(e.decisionCase()));
    }

    @EventListener
    void on(InitiativeDeclined e) {
        tell(e.proposerId(), e.initiativeId(), "notifications.initiative.declined", e.clerk());
    }

    @EventListener
    void on(InitiativeExpired e) {
        tell(e.proposerId(), e.initiativeId(), "notifications.initiative.expired", String.valueOf(e.supporters()));
    }

    private void tell(long proposerId, long initiativeId, String key, String detail) {
        registry.byId(proposerId).map(CitizenProfile::username).ifPresent(u -> notifier.tell(List.of(u), key,
                List.of(CaseNumbers.label(CaseNumbers.initiative(initiativeId)), detail), "initiatives/" + initiativeId,
                true));
    }
}

package org.rbe.governance.jury;

import java.util.List;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sits on a panel, by name: only the clerks who handle its invitations see it, and each look is ledgered. Everyone
 * else (technocrats, the ethics council, analysts, the public) sees the panel's composition against its quotas
 * ({@link Sortition#composition}), never who the members are.
 */
@Service
public class JurorNames {
    private final Sortition sortition;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    JurorNames(Sortition sortition, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.sortition = sortition;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The members with their names and statuses; clerks only, and recorded in the ledger. */
    @Transactional
    public List<MemberView> forClerk(long panelId) {
        Actor clerk = currentUser.require(Role.CLERK);
        PanelView panel = sortition.panel(panelId);
        events.publishEvent(new JurorNamesViewed(panelId, panel.caseId(), clerk.username()));
        return panel.members();
    }
}

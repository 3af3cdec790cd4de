package org.rbe.governance.simulation;

import java.util.Map;
import java.util.Set;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.draws.AnnouncedDraws;
import org.rbe.governance.draws.DrawAnnouncement;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.Sha256;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.workflow.TaskInbox;
import org.rbe.governance.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The public beacon of the demo and a clerk who reads it: for every draw of a case that awaits its public value, a
 * clerk with no role in the case enters the value the simulated beacon publishes for that announcement (SHA-256 of
 * "simulated beacon/" and the announcement's digest). A real deployment names a real beacon instead
 * ({@code governance.draws.randomness-source}). Refused unless the demo is enabled.
 */
@Service
public class SimulatedBeacon {
    static final String TASK = "Task_EnterPublicValue";
    private final TaskInbox inbox;
    private final AnnouncedDraws draws;
    private final Roster roster;
    private final CaseRoles roles;
    private final CurrentUser currentUser;
    private final boolean enabled;

    SimulatedBeacon(TaskInbox inbox, AnnouncedDraws draws, Roster roster, CaseRoles roles, CurrentUser currentUser,
                    @Value("${governance.demo.enabled:true}") boolean enabled) {
        this.inbox = inbox;
        this.draws = draws;
        this.roster = roster;
        this.roles = roles;
        this.currentUser = currentUser;
        this.enabled = enabled;
    }

    /** The value the simulated beacon publishes for an announcement. */
    public static String valueFor(DrawAnnouncement announcement) {
        return Sha256.hex("simulated beacon/" + announcement.digest());
    }

    /** Enters the public value of every draw of case {@code caseNumber} awaiting one; returns how many were entered. */
    public int enterPublicValues(long caseNumber) {
        if (!enabled) {
            throw new UserFacingException("error.simulation.disabled");
        }
        String clerk = clerk(caseNumber);
        int entered = 0;
        for (TaskItem task : inbox.openTasksOfCase(caseNumber)) {
            if (TASK.equals(task.definitionKey())) {
                // a task whose deadline passed is held by the clerk it was given to
                currentUser.runAs(task.assignee() != null ? task.assignee() : clerk, () -> {
                    long id = ((Number) inbox.variable(task.id(), "drawAnnouncementId")).longValue();
                    inbox.complete(task.id(), Map.of("publicValues", valueFor(draws.get(id))));
                    return null;
                });
                entered++;
            }
        }
        return entered;
    }

    private String clerk(long caseNumber) {
        Set<Long> involved = roles.involved(caseNumber);
        return roster.members(Role.CLERK).stream().filter(a -> a.citizenId() == null || !involved.contains(a.citizenId()))
                .map(Actor::username).findFirst()
                .orElseThrow(() -> new IllegalStateException("No clerk without a role in case " + caseNumber));
    }
}

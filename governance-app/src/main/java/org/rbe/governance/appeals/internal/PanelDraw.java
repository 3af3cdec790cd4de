package org.rbe.governance.appeals.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.appeals.ExpertDrawn;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Draws an appeal panel: first the expert, at random (seeded) among the technocrats with no role in the case and
 * not of the appellant's household; then the citizens with the jury module, excluding everyone who holds a role in
 * the case (appellant, whoever imposed the sanction, the expert, earlier panels) and the appellant's household.
 * Every person drawn takes their role in the case, so the conflict rules hold for replacements too.
 */
@Component
class PanelDraw {
    static final String PURPOSE = "appeal";
    private final Sortition sortition;
    private final CitizenRegistry registry;
    private final Roster roster;
    private final CaseRoles roles;

    private final ApplicationEventPublisher events;

    PanelDraw(Sortition sortition, CitizenRegistry registry, Roster roster, CaseRoles roles,
              ApplicationEventPublisher events) {
        this.events = events;
        this.sortition = sortition;
        this.registry = registry;
        this.roster = roster;
        this.roles = roles;
    }

    record Drawn(PanelView citizens, Actor expert) {
    }

    Drawn draw(long caseNumber, long appellantId, Set<String> earlierExperts, int seats, long citizenSeed,
               long expertSeed) {
        Set<Long> household = household(appellantId);
        Set<Long> involved = new HashSet<>(roles.involved(caseNumber));
        List<Actor> candidates = new ArrayList<>(roster.members(Role.TECHNOCRAT).stream()
                .filter(a -> !earlierExperts.contains(a.username()))
                .filter(a -> a.citizenId() == null || !involved.contains(a.citizenId()) && !household.contains(a.citizenId()))
                .toList());
        if (candidates.isEmpty()) {
            throw new UserFacingException("appeals.error.noExpert");
        }
        List<String> order = candidates.stream().map(Actor::username).toList();
        java.util.Collections.shuffle(candidates, new Random(expertSeed));
        Actor expert = candidates.get(0);
        events.publishEvent(new ExpertDrawn(caseNumber, expertSeed, order, expert.username()));
        if (expert.citizenId() != null) {
            roles.assign(caseNumber, AppealRoles.EXPERT, expert.citizenId());
            involved.add(expert.citizenId());
        }
        Set<Long> excluded = new HashSet<>(involved);
        excluded.addAll(household);
        PanelView panel = sortition.drawPanel(caseNumber, PURPOSE, seats, citizenSeed, excluded);
        roles.assignAll(caseNumber, AppealRoles.PANELIST, panel.members().stream().map(MemberView::citizenId).toList());
        return new Drawn(panel, expert);
    }

    /** The appellant and everyone living with them. */
    Set<Long> household(long appellantId) {
        CitizenProfile appellant = registry.byId(appellantId)
                .orElseThrow(() -> new UserFacingException("appeals.error.unknownCitizen", appellantId));
        Set<Long> household = new HashSet<>();
        registry.household(appellant.householdId()).forEach(c -> household.add(c.id()));
        household.add(appellantId);
        return household;
    }
}

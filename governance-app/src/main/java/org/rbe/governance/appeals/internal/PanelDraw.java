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
import org.rbe.governance.draws.AnnouncedDraws;
import org.rbe.governance.draws.AnnouncedSeed;
import org.rbe.governance.draws.DrawAnnouncement;
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
 * Draws an appeal panel, announced first ({@link AnnouncedDraws}): its pool (everyone but those holding a role in
 * the case and the appellant's household) and the expert's candidates (the technocrats with no role in the case, not
 * of the household, not an earlier panel's expert) are frozen and announced together. With the seed the public value
 * gives, the citizens are drawn with the jury module, then the expert at random among the candidates not drawn onto
 * the panel, with a second seed derived from the first ({@link AnnouncedSeed#derive}). Everyone drawn takes their
 * role in the case, so the conflict rules hold for replacements too.
 */
@Component
class PanelDraw {
    static final String PURPOSE = "appeal";
    private final Sortition sortition;
    private final AnnouncedDraws draws;
    private final CitizenRegistry registry;
    private final Roster roster;
    private final CaseRoles roles;
    private final ApplicationEventPublisher events;

    PanelDraw(Sortition sortition, AnnouncedDraws draws, CitizenRegistry registry, Roster roster, CaseRoles roles,
              ApplicationEventPublisher events) {
        this.sortition = sortition;
        this.draws = draws;
        this.events = events;
        this.registry = registry;
        this.roster = roster;
        this.roles = roles;
    }

    record Drawn(PanelView citizens, Actor expert, long expertSeed) {
    }

    /** The pool and candidates of a panel for the case, frozen as they are now. */
    private record Pools(Set<Long> excluded, Sortition.PoolSnapshot citizens, List<Actor> experts) {
        String expertsSha256() {
            return AnnouncedSeed.candidatesSha256(experts.stream().map(Actor::username).toList());
        }
    }

    DrawAnnouncement announce(long caseNumber, long appellantId, Set<String> earlierExperts, int seats) {
        Pools pools = pools(caseNumber, appellantId, earlierExperts);
        return draws.announce(caseNumber, PURPOSE, pools.citizens().poolFileSha256(), pools.expertsSha256(),
                pools.citizens().size(), seats, Sortition.ALGORITHM + "; the expert: " + ExpertDrawn.RULE);
    }

    Drawn draw(long announcementId, long appellantId, Set<String> earlierExperts, String publicValues) {
        DrawAnnouncement.Terms terms = draws.get(announcementId).terms();
        long caseNumber = terms.caseNumber();
        Pools pools = pools(caseNumber, appellantId, earlierExperts);
        long seed = draws.reveal(announcementId, pools.citizens().poolFileSha256(), pools.expertsSha256(), publicValues)
                .seed();
        PanelView panel = sortition.drawPanel(caseNumber, PURPOSE, terms.size(), seed, pools.excluded());
        roles.assignAll(caseNumber, AppealRoles.PANELIST, panel.members().stream().map(MemberView::citizenId).toList());
        Set<Long> panelists = new HashSet<>(panel.members().stream().map(MemberView::citizenId).toList());
        List<Actor> candidates = new ArrayList<>(pools.experts().stream()
                .filter(a -> a.citizenId() == null || !panelists.contains(a.citizenId())).toList());
        if (candidates.isEmpty()) {
            throw new UserFacingException("appeals.error.noExpert");
        }
        List<String> order = candidates.stream().map(Actor::username).toList();
        long expertSeed = AnnouncedSeed.derive(seed, "expert");
        java.util.Collections.shuffle(candidates, new Random(expertSeed));
        Actor expert = candidates.get(0);
        events.publishEvent(new ExpertDrawn(caseNumber, expertSeed, order, expert.username()));
        if (expert.citizenId() != null) {
            roles.assign(caseNumber, AppealRoles.EXPERT, expert.citizenId());
        }
        draws.drawn(announcementId, "panel:" + panel.id() + ",expert:" + expert.username());
        return new Drawn(panel, expert, expertSeed);
    }

    private Pools pools(long caseNumber, long appellantId, Set<String> earlierExperts) {
        Set<Long> household = household(appellantId);
        Set<Long> excluded = new HashSet<>(roles.involved(caseNumber));
        excluded.addAll(household);
        List<Actor> experts = roster.members(Role.TECHNOCRAT).stream()
                .filter(a -> !earlierExperts.contains(a.username()))
                .filter(a -> a.citizenId() == null || !excluded.contains(a.citizenId()))
                .toList();
        if (experts.isEmpty()) {
            throw new UserFacingException("appeals.error.noExpert");
        }
        return new Pools(excluded, sortition.pool(excluded), experts);
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

package org.rbe.governance.jury;

import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.jury.internal.MemberEntity;
import org.rbe.governance.jury.internal.MemberRepository;
import org.rbe.governance.jury.internal.MemberViews;
import org.rbe.governance.jury.internal.PanelEntity;
import org.rbe.governance.jury.internal.PanelRepository;
import org.rbe.governance.jury.internal.Quota;
import org.rbe.governance.jury.internal.ReplacementChoice;
import org.rbe.governance.jury.internal.ReplacementEntity;
import org.rbe.governance.jury.internal.ReplacementRepository;
import org.rbe.governance.jury.internal.StratifiedSelection;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws stratified random panels with a published seed and runs their invitations: members accept or
 * decline, and each decline draws a replacement who keeps the quotas. Per-case checks live here.
 */
@Service
@Transactional
public class Sortition {
    private static final List<String> CATEGORIES = CitizenProfile.CATEGORIES;

    private final CitizenRegistry registry;
    private final CurrentUser currentUser;
    private final PanelRepository panels;
    private final MemberRepository members;
    private final ReplacementRepository replacements;
    private final ApplicationEventPublisher events;
    private final boolean onePerHousehold;
    private final Clock clock;

    @Autowired
    public Sortition(CitizenRegistry registry, CurrentUser currentUser, PanelRepository panels, MemberRepository members,
                     ReplacementRepository replacements, ApplicationEventPublisher events,
                     @Value("${governance.jury.one-per-household:true}") boolean onePerHousehold) {
        this(registry, currentUser, panels, members, replacements, events, onePerHousehold, Clock.systemUTC());
    }

    public Sortition(CitizenRegistry registry, CurrentUser currentUser, PanelRepository panels, MemberRepository members,
                     ReplacementRepository replacements, ApplicationEventPublisher events, boolean onePerHousehold,
                     Clock clock) {
        this.registry = registry;
        this.currentUser = currentUser;
        this.panels = panels;
        this.members = members;
        this.replacements = replacements;
        this.events = events;
        this.onePerHousehold = onePerHousehold;
        this.clock = clock;
    }

    /** Draws a panel of {@code size} for a case from everyone not in {@code excludedCitizenIds}; all are INVITED. */
    public PanelView drawPanel(long caseId, String purpose, int size, long seed, Set<Long> excludedCitizenIds) {
        if (purpose == null || purpose.isBlank()) {
            throw new UserFacingException("jury.error.noPurpose");
        }
        Set<Long> excluded = excludedCitizenIds == null ? Set.of() : Set.copyOf(excludedCitizenIds);
        List<CitizenProfile> eligible = registry.all().stream().filter(c -> !excluded.contains(c.id())).toList();
        StratifiedSelection.Result draw = new StratifiedSelection(CATEGORIES, onePerHousehold).select(eligible, size, seed);
        PanelEntity panel = panels.save(new PanelEntity(caseId, purpose, seed, size, onePerHousehold, excluded,
                eligible.size(), draw, clock.instant()));
        List<MemberEntity> drawn = members.saveAll(draw.members().stream()
                .map(c -> new MemberEntity(panel.getId(), c.id(), null, clock.instant())).toList());
        events.publishEvent(new PanelDrawn(panel.getId(), caseId, seed, size));
        return MemberViews.panel(panel, drawn, registry);
    }

    @Transactional(readOnly = true)
    public Optional<PanelView> currentPanel(long caseId) {
        return panels.findFirstByCaseIdOrderByIdDesc(caseId)
                .map(p -> MemberViews.panel(p, members.findByPanelIdOrderByIdAsc(p.getId()), registry));
    }

    @Transactional(readOnly = true)
    public PanelView panel(long panelId) {
        return MemberViews.panel(panelOrThrow(panelId), members.findByPanelIdOrderByIdAsc(panelId), registry);
    }

    /** The current user's invitations, newest first; empty for accounts that are not citizens. */
    @Transactional(readOnly = true)
    public List<InvitationView> myInvitations() {
        Long citizenId = currentUser.actor().citizenId();
        if (citizenId == null) {
            return List.of();
        }
        return members.findByCitizenIdOrderByIdDesc(citizenId).stream().map(m -> {
            PanelEntity panel = panelOrThrow(m.getPanelId());
            return new InvitationView(panel.getId(), panel.getCaseId(), panel.getPurpose(), m.getStatus(), panel.getDrawnAt());
        }).toList();
    }

    public MemberView accept(long panelId) {
        return respondAs(panelId, myCitizenId(), true);
    }

    public MemberView decline(long panelId) {
        return respondAs(panelId, myCitizenId(), false);
    }

    /** Accepts or declines on behalf of {@code citizenId}; only administrators may, for simulated people. */
    public MemberView respond(long panelId, long citizenId, boolean accept) {
        currentUser.require(Role.ADMIN);
        return respondAs(panelId, citizenId, accept);
    }

    @Transactional(readOnly = true)
    public boolean isActiveMember(long panelId, long citizenId) {
        return members.findByPanelIdAndCitizenId(panelId, citizenId).map(MemberEntity::isActive).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean isAcceptedMember(long panelId, long citizenId) {
        return members.findByPanelIdAndCitizenId(panelId, citizenId)
                .map(m -> MemberEntity.ACCEPTED.equals(m.getStatus())).orElse(false);
    }

    @Transactional(readOnly = true)
    public Set<Long> activeMemberIds(long panelId) {
        panelOrThrow(panelId);
        return members.findByPanelIdOrderByIdAsc(panelId).stream().filter(MemberEntity::isActive)
                .map(MemberEntity::getCitizenId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @Transactional(readOnly = true)
    public Set<Long> acceptedMemberIds(long panelId) {
        panelOrThrow(panelId);
        return members.findByPanelIdOrderByIdAsc(panelId).stream().filter(m -> MemberEntity.ACCEPTED.equals(m.getStatus()))
                .map(MemberEntity::getCitizenId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The active members counted against each quota of the draw. */
    @Transactional(readOnly = true)
    public List<QuotaRow> composition(long panelId) {
        PanelEntity panel = panelOrThrow(panelId);
        Map<String, Integer> counts = new HashMap<>();
        for (CitizenProfile member : registry.byIds(activeMemberIds(panelId)).values()) {
            CATEGORIES.forEach(c -> counts.merge(c + '=' + member.attribute(c), 1, Integer::sum));
        }
        return panel.getQuotas().stream().map(q -> new QuotaRow(q.category(), q.value(), q.poolCount(), q.min(), q.max(),
                counts.getOrDefault(q.category() + '=' + q.value(), 0))).toList();
    }

    private MemberView respondAs(long panelId, long citizenId, boolean accept) {
        PanelEntity panel = panelOrThrow(panelId);
        MemberEntity member = members.findByPanelIdAndCitizenId(panelId, citizenId)
                .orElseThrow(() -> new AccessDeniedException("jury.error.notMember", panelId));
        switch (member.getStatus()) {
            case MemberEntity.ACCEPTED -> throw new UserFacingException("jury.error.alreadyAccepted", panelId);
            case MemberEntity.DECLINED -> throw new UserFacingException("jury.error.alreadyDeclined", panelId);
            default -> member.respond(accept, clock.instant());
        }
        members.save(member);
        if (!accept) {
            replace(panel, member);
        }
        return MemberViews.member(member, registry.byId(citizenId).orElse(null));
    }

    private void replace(PanelEntity panel, MemberEntity declined) {
        List<MemberEntity> all = members.findByPanelIdOrderByIdAsc(panel.getId());
        Set<Long> drawn = all.stream().map(MemberEntity::getCitizenId).collect(Collectors.toSet());
        Map<Long, CitizenProfile> active = registry.byIds(all.stream().filter(MemberEntity::isActive)
                .map(MemberEntity::getCitizenId).toList());
        Set<String> households = new HashSet<>();
        if (panel.isOnePerHousehold()) {
            active.values().forEach(c -> households.add(c.householdId()));
        }
        Set<Long> excluded = panel.getExcluded();
        List<CitizenProfile> candidates = registry.all().stream().filter(c -> !drawn.contains(c.id())
                && !excluded.contains(c.id()) && !households.contains(c.householdId())).toList();
        int number = (int) replacements.countByPanelId(panel.getId()) + 1;
        long seed = ReplacementChoice.seedFor(panel.getSeed(), number);
        List<Quota> quotas = panel.getQuotas();
        CitizenProfile decliner = registry.byId(declined.getCitizenId()).orElse(null);
        ReplacementChoice.choose(quotas, CATEGORIES, active.values(), decliner, candidates, seed).ifPresent(pick -> {
            long replacementId = pick.citizen().id();
            members.save(new MemberEntity(panel.getId(), replacementId, declined.getCitizenId(), clock.instant()));
            replacements.save(new ReplacementEntity(panel.getId(), number, declined.getCitizenId(), replacementId, seed,
                    pick.brokenQuotas(), clock.instant()));
            events.publishEvent(new JurorReplaced(panel.getId(), declined.getCitizenId(), replacementId));
        });
    }

    private long myCitizenId() {
        Long citizenId = currentUser.actor().citizenId();
        if (citizenId == null) {
            throw new AccessDeniedException("jury.error.notCitizen");
        }
        return citizenId;
    }

    private PanelEntity panelOrThrow(long panelId) {
        return panels.findById(panelId).orElseThrow(() -> new UserFacingException("jury.error.unknownPanel", panelId));
    }
}

package org.rbe.governance.jury;

import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.jury.internal.MemberEntity;
import org.rbe.governance.jury.internal.MemberRepository;
import org.rbe.governance.jury.internal.MemberViews;
import org.rbe.governance.jury.internal.PanelDrawFiles;
import org.rbe.governance.jury.internal.PanelEntity;
import org.rbe.governance.jury.internal.PanelRepository;
import org.rbe.governance.jury.internal.Quota;
import org.rbe.governance.jury.internal.ReplacementChoice;
import org.rbe.governance.jury.internal.ReplacementEntity;
import org.rbe.governance.jury.internal.ReplacementRepository;
import org.rbe.governance.jury.internal.LotteryEntity;
import org.rbe.governance.jury.internal.LotteryRepository;
import org.rbe.governance.jury.internal.StratifiedSelection;
import org.rbe.governance.jury.internal.Leximin;
import org.rbe.governance.jury.internal.TwoStageDraw;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.NotFoundException;
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
    private final LotteryRepository lotteries;
    private final boolean onePerHousehold;
    private final int invitationsPerSeat;
    private final int leximinMaxOracleCalls;
    /**
     * Panels of at most this many seats (appeal panels of 12, successors) take LEXIMIN only when everyone invited can
     * have the same probability, and LEGACY otherwise, without the column generation: a thousand appeals filed at
     * once must all get their panels within seconds.
     */
    private int smallPanelSize = 0;
    private final Clock clock;
    /** The registry as last read; draws share it until the registry changes (see {@link #eligiblePool}). */
    private volatile RegistrySnapshot snapshot;

    private record RegistrySnapshot(long count, List<CitizenProfile> citizens) {
    }

    @Autowired
    public Sortition(CitizenRegistry registry, CurrentUser currentUser, PanelRepository panels, MemberRepository members,
                     ReplacementRepository replacements, LotteryRepository lotteries, ApplicationEventPublisher events,
                     @Value("${governance.jury.one-per-household:true}") boolean onePerHousehold,
                     @Value("${governance.jury.invitations-per-seat:8}") int invitationsPerSeat,
                     @Value("${governance.jury.leximin-max-oracle-calls:30}") int leximinMaxOracleCalls,
                     @Value("${governance.jury.small-panel-size:24}") int smallPanelSize, Clock clock) {
        this(registry, currentUser, panels, members, replacements, lotteries, events, onePerHousehold, invitationsPerSeat,
                leximinMaxOracleCalls, clock);
        this.smallPanelSize = smallPanelSize;
    }

    /** With the lotteries kept in memory, 8 invitations per seat and LEXIMIN given 30 oracle calls. */
    public Sortition(CitizenRegistry registry, CurrentUser currentUser, PanelRepository panels, MemberRepository members,
                     ReplacementRepository replacements, ApplicationEventPublisher events, boolean onePerHousehold,
                     Clock clock) {
        this(registry, currentUser, panels, members, replacements, new InMemoryLotteries(), events, onePerHousehold, 8,
                30, clock);
    }

    public Sortition(CitizenRegistry registry, CurrentUser currentUser, PanelRepository panels, MemberRepository members,
                     ReplacementRepository replacements, LotteryRepository lotteries, ApplicationEventPublisher events,
                     boolean onePerHousehold, int invitationsPerSeat, int leximinMaxOracleCalls, Clock clock) {
        this.registry = registry;
        this.currentUser = currentUser;
        this.panels = panels;
        this.members = members;
        this.replacements = replacements;
        this.lotteries = lotteries;
        this.events = events;
        this.onePerHousehold = onePerHousehold;
        this.invitationsPerSeat = invitationsPerSeat;
        this.leximinMaxOracleCalls = leximinMaxOracleCalls;
        this.clock = clock;
    }

    private static final class InMemoryLotteries implements LotteryRepository {
        private final Map<Long, LotteryEntity> rows = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public <S extends LotteryEntity> S save(S lottery) {
            rows.put(lottery.getPanelId(), lottery);
            return lottery;
        }

        @Override
        public Optional<LotteryEntity> findById(Long panelId) {
            return Optional.ofNullable(rows.get(panelId));
        }
    }

    /** The pool a draw excluding {@code excludedCitizenIds} would be made from: its file's SHA-256 and size. */
    public record PoolSnapshot(String poolFileSha256, int size) {
    }

    /** The algorithm a panel is drawn with, as announced before the draw. */
    public static final String ALGORITHM = "two-stage " + Leximin.ALGORITHM + ", " + StratifiedSelection.ALGORITHM
            + " when the quotas cannot be met";

    /** The pool of a draw that excludes {@code excludedCitizenIds}, as {@link #drawPanel} would read it now. */
    @Transactional(readOnly = true)
    public PoolSnapshot pool(Set<Long> excludedCitizenIds) {
        Set<Long> excluded = excludedCitizenIds == null ? Set.of() : Set.copyOf(excludedCitizenIds);
        List<CitizenProfile> eligible = eligiblePool().stream().filter(c -> !excluded.contains(c.id())).toList();
        return new PoolSnapshot(PanelDrawFiles.poolFileSha256(eligible), eligible.size());
    }

    /**
     * Draws a panel of {@code size} for a case from everyone not in {@code excludedCitizenIds}; all are INVITED.
     * Two stages from the one seed: an invitation lottery over the eligible registry, then a LEXIMIN lottery over
     * the quota-feasible panels of those invited (LEGACY over everyone eligible when LEXIMIN does not finish within
     * its budget of oracle calls); the digests and the lottery are recorded so that {@link #verifyDraw} can re-run it.
     */
    public PanelView drawPanel(long caseId, String purpose, int size, long seed, Set<Long> excludedCitizenIds) {
        if (purpose == null || purpose.isBlank()) {
            throw new UserFacingException("jury.error.noPurpose");
        }
        Set<Long> excluded = excludedCitizenIds == null ? Set.of() : Set.copyOf(excludedCitizenIds);
        List<CitizenProfile> eligible = eligiblePool().stream().filter(c -> !excluded.contains(c.id())).toList();
        // no time budget: LEXIMIN stops after a number of oracle calls, so the same inputs draw the same panel anywhere
        TwoStageDraw.Outcome draw = TwoStageDraw.draw(eligible, size, seed, onePerHousehold, invitationsPerSeat, 0,
                size <= smallPanelSize ? Leximin.PROPORTIONAL_ONLY : leximinMaxOracleCalls);
        PanelEntity panel = panels.save(new PanelEntity(caseId, purpose, seed, size, onePerHousehold, excluded,
                eligible.size(), draw, clock.instant()));
        if (draw.lotteryJson() != null) {
            lotteries.save(new LotteryEntity(panel.getId(), draw.lotteryJson()));
        }
        List<MemberEntity> drawn = members.saveAll(draw.members().stream()
                .map(c -> new MemberEntity(panel.getId(), c.id(), null, clock.instant())).toList());
        events.publishEvent(new PanelDrawn(panel.getId(), caseId, seed, size, draw.algorithm(),
                PanelDrawFiles.poolFileSha256(eligible), draw.quotasSha256(), draw.lotterySha256()));
        return MemberViews.panel(panel, drawn, registry);
    }

    /**
     * Re-runs a past draw from the registry, the recorded exclusions, quotas, seed and lottery; returns the
     * differences found (none when the same people are drawn again from the same pool snapshot).
     */
    @Transactional(readOnly = true)
    public List<String> verifyDraw(long panelId) {
        PanelEntity panel = panelOrThrow(panelId);
        Set<Long> excluded = panel.getExcluded();
        List<CitizenProfile> eligible = registry.all().stream().filter(c -> !excluded.contains(c.id())).toList();
        List<Long> drawn = members.findByPanelIdOrderByIdAsc(panelId).stream().filter(m -> m.getReplacedCitizenId() == null)
                .map(MemberEntity::getCitizenId).toList();
        if (panel.getLotterySha256() == null) {
            try {
                List<Long> again = new StratifiedSelection(CATEGORIES, panel.isOnePerHousehold())
                        .select(eligible, panel.getSize(), panel.getSeed()).members().stream().map(CitizenProfile::id).toList();
                return again.equals(drawn.stream().sorted().toList()) ? List.of()
                        : List.of("re-running the LEGACY draw with the recorded seed gives other people");
            } catch (UserFacingException e) {
                return List.of("the draw cannot be re-run: " + e.getMessage());
            }
        }
        String json = lotteries.findById(panelId).map(LotteryEntity::getLotteryJson).orElse(null);
        if (json == null) {
            return List.of("the lottery of this draw was not kept");
        }
        return TwoStageDraw.verify(eligible, panel.getQuotas(), panel.getSize(), panel.getSeed(), panel.isOnePerHousehold(),
                panel.getInvitedCount(), panel.getPoolSha256(), panel.getQuotasSha256(), panel.getLotterySha256(), json, drawn);
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
        List<CitizenProfile> candidates = eligiblePool().stream().filter(c -> !drawn.contains(c.id())
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

    /**
     * Every citizen, ordered by id: one read of the registry shared by the draws that follow, read again when the
     * citizens module announces a change or the number of citizens differs (a change made behind its back).
     */
    private List<CitizenProfile> eligiblePool() {
        long count = registry.count();
        RegistrySnapshot current = snapshot;
        if (current == null || current.count() != count) {
            List<CitizenProfile> citizens = List.copyOf(registry.all());
            current = new RegistrySnapshot(citizens.size(), citizens);
            snapshot = current;
        }
        return current.citizens();
    }

    @org.springframework.context.event.EventListener
    public void on(org.rbe.governance.citizens.CitizensRegistered changed) {
        snapshot = null;
    }

    private long myCitizenId() {
        Long citizenId = currentUser.actor().citizenId();
        if (citizenId == null) {
            throw new AccessDeniedException("jury.error.notCitizen");
        }
        return citizenId;
    }

    private PanelEntity panelOrThrow(long panelId) {
        return panels.findById(panelId).orElseThrow(() -> new NotFoundException("jury.error.unknownPanel", panelId));
    }
}

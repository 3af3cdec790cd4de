package org.rbe.governance.oversight.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.draws.DrawAnnouncement;
import org.rbe.governance.minutes.SignedMinutes;
import org.rbe.governance.oversight.OversightConcluded;
import org.rbe.governance.oversight.OversightSettings;
import org.rbe.governance.oversight.OversightSteps;
import org.rbe.governance.oversight.OversightView;
import org.rbe.governance.proceedings.DeliberationMinutes;
import org.rbe.governance.proceedings.DrawnBodies;
import org.rbe.governance.shared.NotFoundException;
import org.rbe.governance.voting.VoteResult;
import org.rbe.governance.voting.VoteRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out each step of a civic check through the lifecycle every body drawn by lot shares. */
@Service
@Transactional
class OversightConductor implements OversightSteps {
    static final String PURPOSE = "oversight";
    /** Two of the three must vote for a finding to count. */
    private static final double QUORUM = 2.0 / 3.0;
    private final OversightStore store;
    private final DrawnBodies bodies;
    private final CaseRoles roles;
    private final DeliberationMinutes deliberation;
    private final OversightMinutesAssembler assembler;
    private final OversightSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OversightConductor(OversightStore store, DrawnBodies bodies, CaseRoles roles, DeliberationMinutes deliberation,
                       OversightMinutesAssembler assembler, OversightSettings settings, ApplicationEventPublisher events,
                       Clock clock) {
        this.store = store;
        this.bodies = bodies;
        this.roles = roles;
        this.deliberation = deliberation;
        this.assembler = assembler;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public DrawAnnouncement announceTrio(long checkId) {
        OversightView check = check(checkId);
        return bodies.announce(check.caseNumber(), PURPOSE, settings.seats(), excluded(check));
    }

    @Override
    public long drawTrio(long checkId, long announcementId, String publicValues) {
        long panelId = bodies.draw(announcementId, excluded(check(checkId)), publicValues).id();
        store.set(checkId, "panel_id", panelId);
        store.set(checkId, "stage", OversightView.REVIEW);
        return panelId;
    }

    /** Office holders, and whoever took part in the decision (its analyst, reviewers, ethics, jurors, clerk). */
    private Set<Long> excluded(OversightView check) {
        Set<Long> excluded = new HashSet<>(bodies.officeHolders());
        excluded.addAll(roles.involved(check.decisionCase()));
        return excluded;
    }

    @Override
    public Instant openFinding(long checkId) {
        OversightView check = check(checkId);
        Instant deadline = clock.instant().plus(settings.reviewDuration());
        // no experts: the trio judges for itself; the clerks answer its questions about the record
        bodies.deliberate(check.panelId(), List.of(), List.of());
        long voteId = bodies.openVote(check.panelId(), check.caseNumber(),
                List.of(OversightView.SOUND, OversightView.FLAWED), deadline,
                new VoteRules(QUORUM, false, VoteRules.TIE_REWORK));
        store.set(checkId, "vote_id", voteId);
        store.set(checkId, "vote_deadline", deadline);
        return deadline;
    }

    @Override
    public String closeFinding(long checkId) {
        OversightView check = check(checkId);
        VoteResult result = bodies.closeVote(check.voteId());
        String finding = switch (result.outcome()) {
            case VoteResult.APPROVED -> result.winningOption();
            case VoteResult.NO_QUORUM -> OversightView.NO_QUORUM;
            default -> OversightView.UNDECIDED;
        };
        var section = deliberation.section(check.panelId(), t -> t, settings.minutesLocale());
        String reasons = section == null ? "" : section.tableSummaries().stream()
                .map(t -> t.summary()).collect(Collectors.joining("\n\n"));
        store.set(checkId, "finding", finding);
        store.set(checkId, "finding_text", reasons.length() > 4000 ? reasons.substring(0, 4000) : reasons);
        store.set(checkId, "votes_sound", result.totals().getOrDefault(OversightView.SOUND, 0));
        store.set(checkId, "votes_flawed", result.totals().getOrDefault(OversightView.FLAWED, 0));
        store.set(checkId, "concluded_at", clock.instant());
        return finding;
    }

    @Override
    public SignedMinutes signMinutes(long checkId) {
        OversightView check = check(checkId);
        SignedMinutes signed = bodies.signMinutes(check.panelId(), assembler.assemble(check, settings.minutesLocale()));
        store.set(checkId, "document_id", signed.documentId());
        return signed;
    }

    @Override
    public void publish(long checkId, SignedMinutes signed) {
        OversightView check = check(checkId);
        bodies.publish(check.panelId(), assembler.registerEntry(check, signed, settings.minutesLocale()), signed);
    }

    @Override
    public void conclude(long checkId) {
        store.set(checkId, "stage", OversightView.CONCLUDED);
        OversightView check = check(checkId);
        events.publishEvent(new OversightConcluded(checkId, check.decisionCase(), check.finding(),
                check.votesSound() == null ? 0 : check.votesSound(), check.votesFlawed() == null ? 0 : check.votesFlawed(),
                check.documentId()));
    }

    private OversightView check(long checkId) {
        return store.get(checkId).orElseThrow(() -> new NotFoundException("oversight.error.unknown", checkId));
    }
}

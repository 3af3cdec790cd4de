package org.rbe.governance.appeals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rbe.governance.appeals.AppealDecided;
import org.rbe.governance.appeals.AppealPanelView;
import org.rbe.governance.appeals.AppealSettings;
import org.rbe.governance.draws.DrawAnnouncement;
import org.rbe.governance.appeals.AppealSteps;
import org.rbe.governance.appeals.AppealView;
import org.rbe.governance.appeals.SanctionView;
import org.rbe.governance.appeals.internal.AppealStore.Appeal;
import org.rbe.governance.appeals.internal.AppealStore.Panel;
import org.rbe.governance.appeals.internal.AppealStore.Sanction;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ParameterSet;
import org.rbe.governance.minutes.SignedMinutes;
import org.rbe.governance.proceedings.DrawnBodies;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.VoteResult;
import org.rbe.governance.voting.VoteRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out each step of the appeal through the module that owns it, and writes the appeal's timeline. */
@Service
@Transactional
class AppealConductor implements AppealSteps {
    private final DrawnBodies bodies;
    static final String ADMITTED = "ADMITTED";
    static final String LATE = "LATE";
    static final String UNDECIDED = "UNDECIDED";
    static final String PANEL_LATE = "PANEL_LATE";
    private final AppealStore store;
    private final PanelDraw draw;
    private final BallotBox ballots;
    private final ConstitutionalParameters constitution;
    private final AppealMinutesAssembler assembler;
    private final AppealSettings settings;
    private final ApplicationEventPublisher events;

    private final Clock clock;
    AppealConductor(AppealStore store, PanelDraw draw, BallotBox ballots, ConstitutionalParameters constitution,
                    AppealMinutesAssembler assembler, AppealSettings settings, ApplicationEventPublisher events,
                    Clock clock, DrawnBodies bodies) {
        this.bodies = bodies;
        this.clock = clock;
        this.store = store;
        this.draw = draw;
        this.ballots = ballots;
        this.constitution = constitution;
        this.assembler = assembler;
        this.settings = settings;
        this.events = events;
    }

    @Override
    public String checkFiling(long appealId) {
        Appeal appeal = store.appealOrThrow(appealId);
        Sanction sanction = store.sanctionOrThrow(appeal.sanctionId());
        boolean review = AppealView.ISOLATION_REVIEW.equals(appeal.kind());
        boolean inTime = review || !appeal.filedOn().isAfter(sanction.appealDeadline());
        store.insertEvent(appealId, AppealView.FILED, inTime ? "appeals.timeline.admitted" : "appeals.timeline.late",
                appeal.filedOn(), sanction.appealDeadline());
        return inTime ? ADMITTED : LATE;
    }

    @Override
    public void refuseLate(long appealId) {
        Appeal appeal = store.appealOrThrow(appealId);
        Sanction sanction = store.sanctionOrThrow(appeal.sanctionId());
        store.recordOutcome(appealId, AppealView.REFUSED, AppealView.REFUSED_LATE, null, null, clock.instant());
        store.insertNotice(appealId, appeal.appellantId(), "appeals.notice.refusedLate", appealId, appeal.filedOn(),
                sanction.appealDeadline());
    }

    @Override
    public void suspendMeasure(long appealId) {
        Appeal appeal = store.appealOrThrow(appealId);
        Sanction sanction = store.sanctionOrThrow(appeal.sanctionId());
        boolean suspends = settings.suspends(sanction.level()) && !sanction.isolation()
                && SanctionView.ACTIVE.equals(sanction.status());
        if (suspends) {
            store.updateSanction(sanction.id(), SanctionView.SUSPENDED, sanction.currentMeasure(), sanction.reviewDue());
            store.setSuspended(appealId, true);
        }
        store.insertEvent(appealId, AppealView.FILED, suspends ? "appeals.timeline.suspended" : "appeals.timeline.notSuspended",
                sanction.level());
    }

    @Override
    public DrawAnnouncement announcePanel(long appealId) {
        Appeal appeal = store.appealOrThrow(appealId);
        DrawAnnouncement announced = draw.announce(CaseNumbers.appeal(appealId), appeal.appellantId(),
                earlierExperts(appealId), constitution.inForce(appeal.filedOn()).count(Parameter.APPEAL_PANEL_SIZE));
        store.insertEvent(appealId, appeal.stage(), "appeals.timeline.drawAnnounced", announced.timelineArguments());
        return announced;
    }

    private Set<String> earlierExperts(long appealId) {
        return store.panels(appealId).stream().map(Panel::expert).collect(Collectors.toSet());
    }

    @Override
    public DrawnPanel drawPanel(long appealId, long announcementId, String publicValues) {
        Appeal appeal = store.appealOrThrow(appealId);
        List<Panel> earlier = store.panels(appealId);
        PanelDraw.Drawn drawn = draw.draw(announcementId, appeal.appellantId(), earlierExperts(appealId), publicValues);
        bodies.drawn(drawn.citizens());
        long citizenSeed = drawn.citizens().seed();
        long expertSeed = drawn.expertSeed();
        Instant now = clock.instant();
        Instant hearing = now.plus(settings.hearingAfter());
        Instant deadline = hearing.plus(settings.decideWithin());
        int round = earlier.size() + 1;
        long panelId = store.insertPanel(appealId, round, drawn.citizens().id(), citizenSeed, drawn.expert().username(),
                expertSeed, now, hearing, deadline);
        store.setStage(appealId, AppealView.HEARING);
        store.insertEvent(appealId, AppealView.HEARING, "appeals.timeline.panelDrawn", round,
                drawn.citizens().members().size(), citizenSeed, drawn.expert().displayName(), expertSeed, hearing, deadline);
        return new DrawnPanel(panelId, drawn.citizens().id(), drawn.expert().username(), hearing, deadline);
    }

    @Override
    public void recordAdvice(long appealId, String expert, String recommendation, String reasons, String proposedMeasure) {
        Panel panel = currentPanel(appealId);
        if (!panel.expert().equals(expert)) {
            throw new UserFacingException("appeals.error.notTheExpert", appealId);
        }
        String advice = recommendation == null ? "" : recommendation;
        if (!List.of(PanelDecisionRule.UPHOLD, PanelDecisionRule.MODIFY, PanelDecisionRule.LIFT).contains(advice)) {
            throw new UserFacingException("appeals.error.badAdvice");
        }
        boolean measure = proposedMeasure != null && !proposedMeasure.isBlank();
        if (PanelDecisionRule.MODIFY.equals(advice) && !measure) {
            throw new UserFacingException("appeals.error.measureRequired");
        }
        store.recordAdvice(panel.id(), advice, reasons == null ? "" : reasons.trim(), clock.instant());
        if (measure) {
            store.proposeMeasure(panel.id(), proposedMeasure.trim(), expert);
        }
        store.insertEvent(appealId, AppealView.HEARING, "appeals.timeline.advised." + advice, expert);
    }

    @Override
    public OpenedVote openVote(long appealId) {
        Appeal appeal = store.appealOrThrow(appealId);
        Panel panel = currentPanel(appealId);
        PanelDecisionRule rule = rule(appeal);
        List<String> options = new ArrayList<>(List.of(PanelDecisionRule.UPHOLD));
        if (panel.proposedMeasure() != null) {
            options.add(PanelDecisionRule.MODIFY);
        }
        options.add(PanelDecisionRule.LIFT);
        Instant now = clock.instant();
        // A hearing held late (the engine was down) still leaves the panel its full time to decide.
        Instant deadline = panel.decisionDeadline().isAfter(now) ? panel.decisionDeadline() : now.plus(settings.decideWithin());
        // the panel deliberates as one body; its expert answers the members' questions
        bodies.deliberate(panel.juryPanelId(), List.of(), List.of(panel.expert()));
        long voteId = bodies.openVote(panel.juryPanelId(), CaseNumbers.appeal(appealId), options, deadline,
                new VoteRules(rule.quorum(), false, VoteRules.TIE_REWORK));
        store.recordVote(panel.id(), voteId, deadline);
        store.setStage(appealId, AppealView.VOTE);
        store.insertEvent(appealId, AppealView.VOTE, panel.votesHeld() == 0 ? "appeals.timeline.hearing"
                : "appeals.timeline.voteAgain", options.size(), deadline, rule.required(), rule.seats());
        return new OpenedVote(voteId, deadline);
    }

    @Override
    public String closeVote(long appealId) {
        Appeal appeal = store.appealOrThrow(appealId);
        Panel panel = currentPanel(appealId);
        Instant deadline = ballots.turnout(panel.voteId()).deadline();
        VoteResult result = bodies.closeVote(panel.voteId());
        PanelDecisionRule rule = rule(appeal);
        Optional<String> decided = rule.decidedOption(result.totals());
        String outcome;
        if (decided.isPresent()) {
            outcome = PanelDecisionRule.outcomeOf(decided.get());
        } else {
            outcome = clock.instant().isBefore(deadline) ? UNDECIDED : PANEL_LATE;
        }
        store.insertEvent(appealId, AppealView.VOTE, "appeals.timeline.voteClosed." + outcome, result.ballots(),
                result.eligible(), decided.map(o -> result.totals().get(o)).orElse(0), rule.required());
        return outcome;
    }

    @Override
    public void replacePanel(long appealId) {
        Appeal appeal = store.appealOrThrow(appealId);
        Panel panel = currentPanel(appealId);
        PanelDecisionRule rule = rule(appeal);
        VoteResult result = panel.voteId() == null ? null : ballots.result(panel.voteId());
        int cast = result == null ? 0 : result.ballots();
        store.setPanelStatus(panel.id(), AppealPanelView.REPLACED, AppealStore.TIME.format(panel.decisionDeadline())
                + ": " + cast + " ballots, no option reached " + rule.required());
        store.insertEvent(appealId, AppealView.HEARING, "appeals.timeline.panelReplaced", panel.round(),
                panel.decisionDeadline(), cast, rule.required());
        store.insertNotice(appealId, appeal.appellantId(), "appeals.notice.panelReplaced", appealId,
                panel.decisionDeadline(), cast, rule.required(), rule.seats());
    }

    @Override
    public boolean applyOutcome(long appealId) {
        Appeal appeal = store.appealOrThrow(appealId);
        Sanction sanction = store.sanctionOrThrow(appeal.sanctionId());
        Panel panel = currentPanel(appealId);
        VoteResult result = ballots.result(panel.voteId());
        PanelDecisionRule rule = rule(appeal);
        String option = rule.decidedOption(result.totals())
                .orElseThrow(() -> new UserFacingException("appeals.error.notDecided", appealId));
        String outcome = PanelDecisionRule.outcomeOf(option);
        String measure = switch (outcome) {
            case AppealView.MODIFIED -> panel.proposedMeasure();
            case AppealView.LIFTED -> null;
            default -> sanction.currentMeasure();
        };
        Instant now = clock.instant();
        store.updateSanction(sanction.id(), outcome, measure == null ? sanction.currentMeasure() : measure, null);
        String ruleText = rule.describe(settings.minutesLocale());
        store.recordOutcome(appealId, AppealView.DECIDED, outcome, measure, ruleText, now);
        store.setPanelStatus(panel.id(), AppealPanelView.DECIDED, null);
        int votes = result.totals().get(option);
        store.insertEvent(appealId, AppealView.DECIDED, "appeals.timeline.decided." + outcome, votes, rule.seats(),
                measure == null ? "" : measure);
        events.publishEvent(new AppealDecided(appealId, sanction.id(), outcome, ruleText, votes));
        return sanction.isolation() && !AppealView.LIFTED.equals(outcome);
    }

    @Override
    public void scheduleIsolationReview(long appealId) {
        Appeal appeal = store.appealOrThrow(appealId);
        Sanction sanction = store.sanctionOrThrow(appeal.sanctionId());
        LocalDate decided = appeal.decidedAt().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate due = decided.plusYears(constitution.inForce(decided).count(Parameter.ISOLATION_REVIEW_YEARS));
        store.updateSanction(sanction.id(), sanction.status(), sanction.currentMeasure(), due);
        store.insertEvent(appealId, AppealView.DECIDED, "appeals.timeline.reviewDue", due);
    }

    @Override
    public SignedMinutes signMinutes(long appealId) {
        SignedMinutes signed = bodies.signMinutes(currentPanel(appealId).juryPanelId(),
                assembler.assemble(appealId, settings.minutesLocale()));
        store.recordMinutes(appealId, signed.documentId(), signed.sha256());
        store.insertEvent(appealId, AppealView.DECIDED, "appeals.timeline.minutesSigned", signed.documentId(), signed.sha256());
        return signed;
    }

    @Override
    public void publish(long appealId, SignedMinutes signed) {
        bodies.publish(currentPanel(appealId).juryPanelId(), assembler.registerEntry(appealId, signed.documentId(),
                signed.sha256(), signed.developmentKey(), settings.minutesLocale()), signed);
        store.insertEvent(appealId, AppealView.DECIDED, "appeals.timeline.published", signed.documentId());
    }

    @Override
    public void notifyAppellant(long appealId) {
        Appeal appeal = store.appealOrThrow(appealId);
        store.insertNotice(appealId, appeal.appellantId(), "appeals.notice.decided." + appeal.outcome(), appealId,
                appeal.decidedMeasure() == null ? "" : appeal.decidedMeasure(), appeal.documentId());
    }

    private PanelDecisionRule rule(Appeal appeal) {
        ParameterSet rules = constitution.inForce(appeal.filedOn());
        return new PanelDecisionRule(rules.count(Parameter.APPEAL_DECISION_VOTES), rules.count(Parameter.APPEAL_PANEL_SIZE));
    }

    private Panel currentPanel(long appealId) {
        return store.currentPanel(appealId).orElseThrow(() -> new UserFacingException("appeals.error.noPanel", appealId));
    }
}

package org.rbe.governance.cycle.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.conflicts.DecisionRoles;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ParameterSet;
import org.rbe.governance.correlation.DatasetSummary;
import org.rbe.governance.cycle.CycleSettings;
import org.rbe.governance.cycle.CycleSteps;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.decisions.Stage;
import org.rbe.governance.ethics.EthicsCouncil;
import org.rbe.governance.draws.DrawAnnouncement;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.minutes.SignedMinutes;
import org.rbe.governance.proceedings.DeliberationMinutes;
import org.rbe.governance.proceedings.DrawnBodies;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.review.ReviewOutcome;
import org.rbe.governance.scenarios.ScenarioGenerator;
import org.rbe.governance.scenarios.ScenarioView;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.VoteResult;
import org.rbe.governance.voting.VoteRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out each step of the cycle through the module that owns it, and writes the case's timeline. */
@Service
@Transactional
class CycleConductor implements CycleSteps {
    private final DecisionCases cases;
    private final CorrelationCenter correlation;
    private final ScenarioGenerator scenarios;
    private final ExpertReview review;
    private final EthicsCouncil ethics;
    private final BallotBox ballots;
    private final CitizenRegistry registry;
    private final MinutesAssembler assembler;
    private final CycleSettings settings;
    private final ConstitutionalParameters constitution;
    private final CaseRoles roles;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DrawnBodies bodies;
    private final DeliberationMinutes deliberationMinutes;

    CycleConductor(DecisionCases cases, CorrelationCenter correlation, ScenarioGenerator scenarios, ExpertReview review,
                   EthicsCouncil ethics, BallotBox ballots, CitizenRegistry registry, MinutesAssembler assembler,
                   CycleSettings settings, ConstitutionalParameters constitution, CaseRoles roles,
                   CurrentUser currentUser, Clock clock, DrawnBodies bodies, DeliberationMinutes deliberationMinutes) {
        this.cases = cases;
        this.correlation = correlation;
        this.scenarios = scenarios;
        this.review = review;
        this.ethics = ethics;
        this.ballots = ballots;
        this.registry = registry;
        this.assembler = assembler;
        this.settings = settings;
        this.constitution = constitution;
        this.roles = roles;
        this.currentUser = currentUser;
        this.clock = clock;
        this.bodies = bodies;
        this.deliberationMinutes = deliberationMinutes;
    }

    /** The date that fixes a case's constitutional parameters: the day it was opened (UTC). */
    static LocalDate caseDate(DecisionCaseView decision) {
        return LocalDate.ofInstant(decision.openedAt(), ZoneOffset.UTC);
    }

    private ParameterSet inForce(long caseId) {
        return constitution.inForce(caseDate(cases.get(caseId)));
    }

    /**
     * Records that {@code username} takes {@code role} in the case; refused with a conflict of interest when they hold
     * another role in it. An account without a citizen (a technical one) holds no case roles.
     */
    private void take(long caseId, String role, String username) {
        if (username != null) {
            registry.byUsername(username).map(CitizenProfile::id).ifPresent(id -> roles.assign(caseId, role, id));
        }
    }

    @Override
    public void snapshotData(long caseId, long datasetId) {
        take(caseId, DecisionRoles.ANALYST, cases.get(caseId).openedBy());
        DatasetSummary dataset = correlation.dataset(datasetId);
        cases.recordSnapshot(caseId, dataset.sha256());
        cases.advance(caseId, Stage.DATA, "timeline.snapshot", dataset.fileName(), dataset.rows(), dataset.sha256());
    }

    @Override
    public int generateScenarios(long caseId, long datasetId, String revisionNotes) {
        int round = cases.nextRound(caseId);
        List<ScenarioView> generated = scenarios.generate(caseId, datasetId, round, revisionNotes,
                caseDate(cases.get(caseId)));
        cases.advance(caseId, Stage.SCENARIOS, "timeline.scenariosGenerated", generated.size(), round);
        return round;
    }

    @Override
    public DrawAnnouncement announceReviewers(long caseId, int round) {
        return announced(caseId, Stage.EXPERT_REVIEW,
                review.announceReviewers(caseId, round, roles.involvedOtherThan(caseId, DecisionRoles.REVIEWER)));
    }

    @Override
    public List<String> drawReviewers(long caseId, int round, long announcementId, String publicValues) {
        List<String> reviewers = review.drawReviewers(announcementId, round,
                roles.involvedOtherThan(caseId, DecisionRoles.REVIEWER), publicValues);
        reviewers.forEach(r -> take(caseId, DecisionRoles.REVIEWER, r));
        cases.advance(caseId, Stage.EXPERT_REVIEW, "timeline.reviewersDrawn", String.join(", ", reviewers),
                announcementId);
        return reviewers;
    }

    @Override
    public void recordReview(long caseId, int round, String reviewer, String decision, String notes) {
        take(caseId, DecisionRoles.REVIEWER, reviewer);
        review.record(caseId, round, reviewer, decision, notes);
        cases.advance(caseId, Stage.EXPERT_REVIEW, "timeline.reviewed", reviewer, decision);
    }

    @Override
    public ReviewVerdict concludeReview(long caseId, int round) {
        ReviewOutcome outcome = review.conclude(caseId, round);
        String verdict = outcome.returned() ? "RETURNED" : "ACCEPTED";
        cases.advance(caseId, outcome.returned() ? Stage.EXPERT_REVIEW : Stage.ETHICS,
                outcome.returned() ? "timeline.reviewReturned" : "timeline.reviewAccepted", outcome.returns(),
                outcome.reviewers());
        return new ReviewVerdict(verdict, outcome.returned() ? String.join("\n", outcome.notes()) : null);
    }

    @Override
    public int concludeEthics(long caseId, int round, String conclusion) {
        take(caseId, DecisionRoles.ETHICS, currentUser.username().orElse(null));
        Set<Long> vetoed = ethics.vetoedScenarioIds(caseId, round);
        int left = (int) scenarios.scenarios(caseId, round).stream().filter(s -> !vetoed.contains(s.id())).count();
        cases.advance(caseId, Stage.ETHICS, left == 0 ? "timeline.allVetoed" : "timeline.ethicsConcluded", left,
                conclusion == null ? "" : conclusion);
        return left;
    }

    @Override
    public DrawAnnouncement announceJury(long caseId) {
        int size = constitution.inForce(caseDate(cases.get(caseId))).count(Parameter.JURY_SIZE);
        return announced(caseId, Stage.JURY, bodies.announce(caseId, "jury", size, juryExclusions(caseId)));
    }

    private DrawAnnouncement announced(long caseId, Stage stage, DrawAnnouncement announcement) {
        cases.advance(caseId, stage, "timeline.drawAnnounced", announcement.timelineArguments());
        return announcement;
    }

    @Override
    public long drawJury(long caseId, long announcementId, String publicValues) {
        Set<Long> excluded = juryExclusions(caseId);
        PanelView panel = bodies.draw(announcementId, excluded, publicValues);
        roles.assignAll(caseId, DecisionRoles.JUROR, panel.members().stream().map(m -> m.citizenId()).toList());
        cases.advance(caseId, Stage.JURY, "timeline.juryDrawn", panel.members().size(), panel.seed(), excluded.size());
        return panel.id();
    }

    /** Everyone with a role in the case: its roles; the reviewers, vetoers and opener also from their own records. */
    private Set<Long> juryExclusions(long caseId) {
        Set<String> involved = new HashSet<>(review.reviewersOf(caseId));
        involved.addAll(ethics.vetoersOf(caseId));
        involved.add(cases.get(caseId).openedBy());
        Set<Long> excluded = new HashSet<>(roles.involved(caseId));
        involved.forEach(u -> registry.byUsername(u).map(CitizenProfile::id).ifPresent(excluded::add));
        return excluded;
    }

    @Override
    public OpenedVote openVote(long caseId, long panelId, int round) {
        Set<Long> vetoed = ethics.vetoedScenarioIds(caseId, round);
        List<String> options = new ArrayList<>();
        scenarios.scenarios(caseId, round).stream().filter(s -> !vetoed.contains(s.id()))
                .forEach(s -> options.add(String.valueOf(s.id())));
        options.add(VoteResult.REWORK);
        Instant deadline = clock.instant().plus(settings.voteDuration());
        // the jurors deliberate on the scenarios while the vote is open; the experts who reviewed them answer questions
        bodies.deliberate(panelId, options.subList(0, options.size() - 1),
                review.reviewersOf(caseId).stream().sorted().toList());
        long voteId = bodies.openVote(panelId, caseId, options, deadline,
                new VoteRules(inForce(caseId).share(Parameter.JURY_QUORUM), false, VoteRules.TIE_REWORK));
        cases.advance(caseId, Stage.VOTE, "timeline.voteOpened", options.size() - 1, deadline);
        return new OpenedVote(voteId, deadline);
    }

    @Override
    public String closeVote(long caseId, long voteId) {
        VoteResult result = bodies.closeVote(voteId);
        Long winner = VoteResult.APPROVED.equals(result.outcome()) ? Long.valueOf(result.winningOption()) : null;
        cases.recordOutcome(caseId, result.outcome(), winner);
        cases.advance(caseId, VoteResult.APPROVED.equals(result.outcome()) ? Stage.PUBLICATION : Stage.VOTE,
                "timeline.voteClosed." + result.outcome(), result.ballots(), result.eligible(),
                Optional.ofNullable(winner).map(id -> scenarios.scenario(id).title()).orElse(""));
        return result.outcome();
    }

    @Override
    public String juryReasons(long voteId) {
        return deliberationMinutes.reworkNotes(ballots.info(voteId).panelId());
    }

    @Override
    public SignedMinutes signMinutes(long caseId, long panelId, String summary, String clerk) {
        take(caseId, DecisionRoles.CLERK, clerk);
        cases.recordPublication(caseId, summary, clerk);
        SignedMinutes signed = bodies.signMinutes(panelId, assembler.assemble(caseId, settings.minutesLocale()));
        cases.advance(caseId, Stage.PUBLICATION, "timeline.minutesSigned", signed.documentId(), signed.sha256());
        return signed;
    }

    @Override
    public void publishToRegister(long caseId, long panelId, SignedMinutes signed) {
        DecisionCaseView c = cases.get(caseId);
        String outcome = c.winningScenarioId() == null ? c.outcome()
                : scenarios.scenario(c.winningScenarioId()).title(Messages.RUSSIAN.equals(settings.minutesLocale())
                ? Messages.RUSSIAN : java.util.Locale.ENGLISH);
        bodies.publish(panelId, new RegisterEntry(caseId, signed.documentId(), c.title(), c.topic(), c.region(), outcome,
                c.summary(), c.publishedBy(), c.publishedAt(), signed.sha256(), signed.developmentKey()), signed);
        cases.advance(caseId, Stage.FEEDBACK, "timeline.published", signed.documentId());
    }

    @Override
    public void closeCycle(long caseId, String observedOutcome, String outcomeMet) {
        take(caseId, DecisionRoles.ANALYST, currentUser.username().orElse(null));
        cases.close(caseId, observedOutcome);
        cases.advance(caseId, Stage.CLOSED, "timeline.closed", outcomeMet, observedOutcome);
    }
}

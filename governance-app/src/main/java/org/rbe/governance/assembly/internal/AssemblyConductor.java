package org.rbe.governance.assembly.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rbe.governance.assembly.AssemblyConcluded;
import org.rbe.governance.assembly.AssemblySettings;
import org.rbe.governance.assembly.AssemblySteps;
import org.rbe.governance.assembly.AssemblyView;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.constitution.ConstitutionalReviews;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ParameterSet;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.draws.DrawAnnouncement;
import org.rbe.governance.jury.AnnouncedPanelDraws;
import org.rbe.governance.minutes.MinutesPublisher;
import org.rbe.governance.minutes.SignedMinutes;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.VoteResult;
import org.rbe.governance.voting.VoteRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out each step of the civic assembly through the module that owns it: the draw (jury), the two votes
 * (voting), the extraordinary review (constitution), the minutes and the register; the parameters are those in
 * force on the assembly's due date.
 */
@Service
@Transactional
class AssemblyConductor implements AssemblySteps {
    static final String PURPOSE = "civic-assembly";
    /** Office holders rate their own work otherwise: they are not drawn. */
    private static final List<Role> STAFF = List.of(Role.ADMIN, Role.ANALYST, Role.CLERK, Role.ETHICS, Role.TECHNOCRAT);
    private final AssemblyStore store;
    private final ConstitutionalParameters constitution;
    private final ConstitutionalReviews reviews;
    private final AnnouncedPanelDraws panelDraws;
    private final BallotBox ballots;
    private final Roster roster;
    private final MinutesPublisher minutes;
    private final AssemblyMinutesAssembler assembler;
    private final DecisionRegister register;
    private final AssemblySettings settings;
    private final ApplicationEventPublisher events;

    private final Clock clock;
    AssemblyConductor(AssemblyStore store, ConstitutionalParameters constitution, ConstitutionalReviews reviews,
                      AnnouncedPanelDraws panelDraws, BallotBox ballots, Roster roster, MinutesPublisher minutes,
                      AssemblyMinutesAssembler assembler, DecisionRegister register, AssemblySettings settings,
                      ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.constitution = constitution;
        this.reviews = reviews;
        this.panelDraws = panelDraws;
        this.ballots = ballots;
        this.roster = roster;
        this.minutes = minutes;
        this.assembler = assembler;
        this.register = register;
        this.settings = settings;
        this.events = events;
    }

    @Override
    public DrawAnnouncement announceAssembly(long assemblyId) {
        AssemblyView assembly = store.get(assemblyId);
        DrawAnnouncement announced = panelDraws.announce(assembly.caseNumber(), PURPOSE,
                rules(assembly).count(Parameter.ASSEMBLY_SIZE), staff());
        store.event(assemblyId, AssemblyView.CONVENED, "assembly.timeline.drawAnnounced", announced.timelineArguments());
        return announced;
    }

    @Override
    public long drawAssembly(long assemblyId, long announcementId, String publicValues) {
        Set<Long> excluded = staff();
        PanelView panel = panelDraws.draw(announcementId, excluded, publicValues);
        store.set(assemblyId, "panel_id", panel.id());
        store.set(assemblyId, "seed", panel.seed());
        store.event(assemblyId, AssemblyView.CONVENED, "assembly.timeline.drawn", panel.members().size(), panel.seed(),
                excluded.size());
        return panel.id();
    }

    /** The citizens holding a staff role, whom the assembly does not include. */
    private Set<Long> staff() {
        Set<Long> excluded = new HashSet<>();
        STAFF.forEach(role -> roster.members(role).stream().map(Actor::citizenId).filter(Objects::nonNull)
                .forEach(excluded::add));
        return excluded;
    }

    @Override
    public Instant openVotes(long assemblyId) {
        AssemblyView assembly = store.get(assemblyId);
        ParameterSet rules = rules(assembly);
        Instant deadline = clock.instant().plus(settings.voteDuration());
        VoteRules voteRules = new VoteRules(rules.share(Parameter.ASSEMBLY_QUORUM), false, VoteRules.TIE_REWORK);
        long rating = ballots.open(assembly.caseNumber(), assembly.panelId(), AssemblyView.RATINGS, deadline, voteRules);
        long review = ballots.open(CaseNumbers.civicQuestion(assemblyId), assembly.panelId(),
                List.of(AssemblyView.OPEN_REVIEW, AssemblyView.NO_REVIEW), deadline, voteRules);
        store.set(assemblyId, "rating_vote_id", rating);
        store.set(assemblyId, "review_vote_id", review);
        store.set(assemblyId, "vote_deadline", deadline);
        store.set(assemblyId, "stage", AssemblyView.VOTE);
        store.event(assemblyId, AssemblyView.VOTE, "assembly.timeline.votesOpened", deadline,
                percent(rules.share(Parameter.ASSEMBLY_QUORUM)), percent(rules.share(Parameter.CIVIC_REVIEW_MAJORITY)));
        return deadline;
    }

    @Override
    public boolean closeVotes(long assemblyId) {
        AssemblyView assembly = store.get(assemblyId);
        VoteResult rating = ballots.close(assembly.ratingVoteId());
        int ratings = AssemblyView.RATINGS.stream().mapToInt(r -> rating.totals().getOrDefault(r, 0)).sum();
        double average = ratings == 0 ? 0 : AssemblyView.RATINGS.stream()
                .mapToDouble(r -> Integer.parseInt(r) * rating.totals().getOrDefault(r, 0)).sum() / ratings;
        VoteResult question = ballots.close(assembly.reviewVoteId());
        int votesFor = question.totals().getOrDefault(AssemblyView.OPEN_REVIEW, 0);
        int against = question.totals().getOrDefault(AssemblyView.NO_REVIEW, 0);
        double majority = rules(assembly).share(Parameter.CIVIC_REVIEW_MAJORITY);
        boolean opens = opensReview(question.quorumMet(), votesFor, against, question.ballots(), majority);
        store.recordResults(assemblyId, average, ratings, votesFor, against, question.ballots(), question.eligible(), opens);
        store.event(assemblyId, AssemblyView.VOTE, "assembly.timeline.rated", String.format(java.util.Locale.ROOT,
                "%.2f", average), ratings, rating.eligible(), rating.quorumMet());
        store.event(assemblyId, AssemblyView.VOTE, opens ? "assembly.timeline.reviewWanted" : "assembly.timeline.noReview",
                votesFor, against, question.ballots(), question.eligible(), question.quorumMet());
        return opens;
    }

    /** The rule: the quorum met, at least the stated share of the ballots cast for, and more for than against. */
    static boolean opensReview(boolean quorumMet, int votesFor, int against, int ballotsCast, double majority) {
        return quorumMet && ballotsCast > 0 && votesFor >= majority * ballotsCast - 1e-9 && votesFor > against;
    }

    @Override
    public long openReview(long assemblyId) {
        AssemblyView assembly = store.get(assemblyId);
        long reviewId = reviews.openByCivicAssembly(assemblyId, assembly.label()).id();
        store.set(assemblyId, "review_id", reviewId);
        store.event(assemblyId, AssemblyView.VOTE, "assembly.timeline.reviewOpened", reviewId);
        return reviewId;
    }

    @Override
    public SignedAssemblyMinutes signMinutes(long assemblyId) {
        store.set(assemblyId, "concluded_at", clock.instant());
        SignedMinutes signed = minutes.publish(assembler.assemble(assemblyId, settings.minutesLocale()));
        store.set(assemblyId, "document_id", signed.documentId());
        store.set(assemblyId, "minutes_sha256", signed.sha256());
        store.event(assemblyId, AssemblyView.CLOSED, "assembly.timeline.minutesSigned", signed.documentId(), signed.sha256());
        return new SignedAssemblyMinutes(signed.documentId(), signed.pdf(), signed.sha256(), signed.developmentKey());
    }

    @Override
    public void publish(long assemblyId, SignedAssemblyMinutes signed) {
        register.publish(assembler.registerEntry(assemblyId, signed.documentId(), signed.sha256(), signed.developmentKey(),
                settings.minutesLocale()), signed.pdf());
    }

    @Override
    public void closeAssembly(long assemblyId) {
        AssemblyView assembly = store.get(assemblyId);
        store.set(assemblyId, "stage", AssemblyView.CLOSED);
        store.scheduleNextAfter(assembly.dueDate());
        store.event(assemblyId, AssemblyView.CLOSED, "assembly.timeline.nextDue", store.nextDue());
        events.publishEvent(new AssemblyConcluded(assemblyId, assembly.averageRating() == null ? 0 : assembly.averageRating(),
                assembly.ratings() == null ? 0 : assembly.ratings(), Boolean.TRUE.equals(assembly.opensReview()),
                assembly.reviewId(), assembly.documentId()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> assemblyCompletedBy(long voteId) {
        return store.byVote(voteId).filter(a -> a.ratingVoteId() != null && a.reviewVoteId() != null)
                .filter(a -> ballots.allVoted(a.ratingVoteId()) && ballots.allVoted(a.reviewVoteId()))
                .map(AssemblyView::id);
    }

    private ParameterSet rules(AssemblyView assembly) {
        return constitution.inForce(assembly.dueDate());
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}

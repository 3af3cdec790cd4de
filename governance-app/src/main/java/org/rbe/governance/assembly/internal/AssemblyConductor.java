package org.rbe.governance.assembly.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import org.rbe.governance.minutes.SignedMinutes;
import org.rbe.governance.proceedings.DrawnBodies;
import org.rbe.governance.shared.CaseNumbers;
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
    private final AssemblyStore store;
    private final ConstitutionalParameters constitution;
    private final ConstitutionalReviews reviews;
    private final DrawnBodies bodies;
    private final AssemblyMinutesAssembler assembler;
    private final AssemblySettings settings;
    private final ApplicationEventPublisher events;

    private final Clock clock;
    AssemblyConductor(AssemblyStore store, ConstitutionalParameters constitution, ConstitutionalReviews reviews,
                      DrawnBodies bodies, AssemblyMinutesAssembler assembler, AssemblySettings settings,
                      ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.constitution = constitution;
        this.reviews = reviews;
        this.bodies = bodies;
        this.assembler = assembler;
        this.settings = settings;
        this.events = events;
    }

    @Override
    public DrawAnnouncement announceAssembly(long assemblyId) {
        AssemblyView assembly = store.get(assemblyId);
        // office holders would rate their own work: they are not drawn
        DrawAnnouncement announced = bodies.announce(assembly.caseNumber(), PURPOSE,
                rules(assembly).count(Parameter.ASSEMBLY_SIZE), bodies.officeHolders());
        store.event(assemblyId, AssemblyView.CONVENED, "assembly.timeline.drawAnnounced", announced.timelineArguments());
        return announced;
    }

    @Override
    public long drawAssembly(long assemblyId, long announcementId, String publicValues) {
        Set<Long> excluded = bodies.officeHolders();
        PanelView panel = bodies.draw(announcementId, excluded, publicValues);
        store.set(assemblyId, "panel_id", panel.id());
        store.set(assemblyId, "seed", panel.seed());
        store.event(assemblyId, AssemblyView.CONVENED, "assembly.timeline.drawn", panel.members().size(), panel.seed(),
                excluded.size());
        return panel.id();
    }

    @Override
    public Instant openVotes(long assemblyId) {
        AssemblyView assembly = store.get(assemblyId);
        ParameterSet rules = rules(assembly);
        Instant deadline = clock.instant().plus(settings.voteDuration());
        VoteRules voteRules = new VoteRules(rules.share(Parameter.ASSEMBLY_QUORUM), false, VoteRules.TIE_REWORK);
        long rating = bodies.openVote(assembly.panelId(), assembly.caseNumber(), AssemblyView.RATINGS, deadline, voteRules);
        long review = bodies.openVote(assembly.panelId(), CaseNumbers.civicQuestion(assemblyId),
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
        VoteResult rating = bodies.closeVote(assembly.ratingVoteId());
        int ratings = AssemblyView.RATINGS.stream().mapToInt(r -> rating.totals().getOrDefault(r, 0)).sum();
        double average = ratings == 0 ? 0 : AssemblyView.RATINGS.stream()
                .mapToDouble(r -> Integer.parseInt(r) * rating.totals().getOrDefault(r, 0)).sum() / ratings;
        VoteResult question = bodies.closeVote(assembly.reviewVoteId());
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
    public SignedMinutes signMinutes(long assemblyId) {
        store.set(assemblyId, "concluded_at", clock.instant());
        SignedMinutes signed = bodies.signMinutes(store.get(assemblyId).panelId(),
                assembler.assemble(assemblyId, settings.minutesLocale()));
        store.set(assemblyId, "document_id", signed.documentId());
        store.set(assemblyId, "minutes_sha256", signed.sha256());
        store.event(assemblyId, AssemblyView.CLOSED, "assembly.timeline.minutesSigned", signed.documentId(), signed.sha256());
        return signed;
    }

    @Override
    public void publish(long assemblyId, SignedMinutes signed) {
        bodies.publish(store.get(assemblyId).panelId(), assembler.registerEntry(assemblyId, signed.documentId(),
                signed.sha256(), signed.developmentKey(), settings.minutesLocale()), signed);
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

    private ParameterSet rules(AssemblyView assembly) {
        return constitution.inForce(assembly.dueDate());
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}

package org.rbe.governance.constitution.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.constitution.AmendmentView;
import org.rbe.governance.constitution.InitiativeView;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ParameterSet;
import org.rbe.governance.constitution.ParametersAmended;
import org.rbe.governance.constitution.ReviewConcluded;
import org.rbe.governance.constitution.ReviewSettings;
import org.rbe.governance.constitution.ReviewSteps;
import org.rbe.governance.constitution.ReviewView;
import org.rbe.governance.constitution.internal.ReviewStore.Amendment;
import org.rbe.governance.constitution.internal.ReviewStore.Review;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.draws.DrawAnnouncement;
import org.rbe.governance.minutes.SignedMinutes;
import org.rbe.governance.proceedings.DrawnBodies;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.VoteResult;
import org.rbe.governance.voting.VoteRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out each step of the review through the module that owns it, and writes the review's timeline. */
@Service
@Transactional
class ReviewConductor implements ReviewSteps {
    private final DrawnBodies bodies;
    static final String ENOUGH = "ENOUGH";
    static final String TOO_FEW = "TOO_FEW";
    static final String PURPOSE = "assembly";
    private final ReviewStore store;
    private final ReviewService reviews;
    private final ParameterStore parameters;
    private final BallotBox ballots;
    private final ExpertReview expertReview;
    private final CaseRoles roles;
    private final CitizenRegistry registry;
    private final ReviewMinutesAssembler assembler;
    private final ReviewSettings settings;
    private final ApplicationEventPublisher events;

    private final Clock clock;
    ReviewConductor(ReviewStore store, ReviewService reviews, ParameterStore parameters, BallotBox ballots,
                    ExpertReview expertReview, CaseRoles roles, CitizenRegistry registry, ReviewMinutesAssembler assembler,
                    ReviewSettings settings, ApplicationEventPublisher events, Clock clock, DrawnBodies bodies) {
        this.bodies = bodies;
        this.clock = clock;
        this.store = store;
        this.reviews = reviews;
        this.parameters = parameters;
        this.ballots = ballots;
        this.expertReview = expertReview;
        this.roles = roles;
        this.registry = registry;
        this.assembler = assembler;
        this.settings = settings;
        this.events = events;
    }

    @Override
    public String countSupporters(long reviewId) {
        Review review = store.reviewOrThrow(reviewId);
        long initiativeId = review.view().initiativeId();
        InitiativeView initiative = store.initiative(initiativeId, reviews.needed()).orElseThrow();
        boolean enough = initiative.supporters() >= initiative.needed();
        if (enough) {
            store.setInitiative(initiativeId, InitiativeView.OPENED, null, null);
        }
        store.insertEvent(reviewId, ReviewView.OPENED, enough ? "review.timeline.enoughSupporters"
                : "review.timeline.tooFewSupporters", initiative.supporters(), initiative.needed());
        return enough ? ENOUGH : TOO_FEW;
    }

    @Override
    public void refuseInitiative(long reviewId) {
        Review review = store.reviewOrThrow(reviewId);
        InitiativeView initiative = store.initiative(review.view().initiativeId(), reviews.needed()).orElseThrow();
        store.setInitiative(initiative.id(), InitiativeView.REFUSED, null, null);
        store.set(reviewId, "stage", ReviewView.REFUSED);
        store.set(reviewId, "outcome", "REFUSED: " + initiative.supporters() + " of " + initiative.needed() + " supporters");
        store.set(reviewId, "concluded_at", clock.instant());
    }

    @Override
    public DrawAnnouncement announceAssembly(long reviewId) {
        long caseNumber = CaseNumbers.review(reviewId);
        DrawAnnouncement announced = bodies.announce(caseNumber, PURPOSE,
                parameters.current().count(Parameter.ASSEMBLY_SIZE), assemblyExclusions(caseNumber));
        store.insertEvent(reviewId, ReviewView.OPENED, "review.timeline.drawAnnounced", announced.timelineArguments());
        return announced;
    }

    @Override
    public long drawAssembly(long reviewId, long announcementId, String publicValues) {
        long caseNumber = CaseNumbers.review(reviewId);
        Set<Long> excluded = assemblyExclusions(caseNumber);
        PanelView assembly = bodies.draw(announcementId, excluded, publicValues);
        roles.assignAll(caseNumber, ReviewRoles.ASSEMBLY, assembly.members().stream().map(MemberView::citizenId).toList());
        store.set(reviewId, "assembly_panel_id", assembly.id());
        store.set(reviewId, "assembly_seed", assembly.seed());
        store.set(reviewId, "stage", ReviewView.PROPOSALS);
        store.insertEvent(reviewId, ReviewView.PROPOSALS, "review.timeline.assemblyDrawn", assembly.members().size(),
                assembly.seed(), excluded.size());
        return assembly.id();
    }

    /** Everyone with a role in the review, and the office holders. */
    private Set<Long> assemblyExclusions(long caseNumber) {
        Set<Long> excluded = new HashSet<>(roles.involved(caseNumber));
        excluded.addAll(bodies.officeHolders());
        return excluded;
    }

    @Override
    public int closeProposals(long reviewId, String clerk, String note) {
        registry.byUsername(clerk).map(CitizenProfile::id)
                .ifPresent(id -> roles.assign(CaseNumbers.review(reviewId), ReviewRoles.CLERK, id));
        store.set(reviewId, "proposals_closed_by", clerk);
        store.set(reviewId, "proposals_note", note);
        int proposed = store.amendments(reviewId).size();
        store.set(reviewId, "stage", proposed == 0 ? ReviewView.CLOSED : ReviewView.EXPERT_REVIEW);
        store.insertEvent(reviewId, ReviewView.PROPOSALS, "review.timeline.proposalsClosed", proposed, clerk);
        return proposed;
    }

    @Override
    public DrawAnnouncement announceReviewers(long reviewId) {
        long caseNumber = CaseNumbers.review(reviewId);
        DrawAnnouncement announced = expertReview.announceReviewers(caseNumber, 1,
                roles.involvedOtherThan(caseNumber, ReviewRoles.EXPERT));
        store.insertEvent(reviewId, ReviewView.EXPERT_REVIEW, "review.timeline.drawAnnounced", announced.timelineArguments());
        return announced;
    }

    @Override
    public List<String> drawReviewers(long reviewId, long announcementId, String publicValues) {
        long caseNumber = CaseNumbers.review(reviewId);
        List<String> reviewers = expertReview.drawReviewers(announcementId, 1,
                roles.involvedOtherThan(caseNumber, ReviewRoles.EXPERT), publicValues);
        reviewers.forEach(r -> registry.byUsername(r).map(CitizenProfile::id)
                .ifPresent(id -> roles.assign(caseNumber, ReviewRoles.EXPERT, id)));
        store.insertEvent(reviewId, ReviewView.EXPERT_REVIEW, "review.timeline.reviewersDrawn", String.join(", ", reviewers),
                announcementId);
        return reviewers;
    }

    @Override
    public void recordReview(long reviewId, String reviewer, String decision, String notes) {
        expertReview.record(CaseNumbers.review(reviewId), 1, reviewer, decision, notes);
        store.insertEvent(reviewId, ReviewView.EXPERT_REVIEW, "review.timeline.reviewed", reviewer, decision);
    }

    @Override
    public int concludeEthics(long reviewId, String conclusion) {
        int left = (int) store.amendments(reviewId).stream().filter(a -> a.vetoedBy() == null).count();
        store.set(reviewId, "ethics_conclusion", conclusion == null ? "" : conclusion);
        store.set(reviewId, "stage", left == 0 ? ReviewView.CLOSED : ReviewView.VOTE);
        store.insertEvent(reviewId, ReviewView.ETHICS, "review.timeline.ethicsConcluded", left,
                conclusion == null ? "" : conclusion);
        return left;
    }

    @Override
    public void concludeExpertReview(long reviewId) {
        long returns = expertReview.reviews(CaseNumbers.review(reviewId)).stream()
                .filter(r -> "RETURN".equals(r.decision())).count();
        store.set(reviewId, "stage", ReviewView.ETHICS);
        store.insertEvent(reviewId, ReviewView.EXPERT_REVIEW, "review.timeline.expertsConcluded", returns);
    }

    @Override
    public Instant openVotes(long reviewId) {
        Review review = store.reviewOrThrow(reviewId);
        ParameterSet rules = parameters.current();
        Instant deadline = clock.instant().plus(settings.voteDuration());
        VoteRules voteRules = new VoteRules(rules.share(Parameter.ASSEMBLY_QUORUM), false, VoteRules.TIE_REWORK);
        int opened = 0;
        // the assembly deliberates on all its amendments at once; the experts who reviewed them answer its questions
        bodies.deliberate(review.view().assemblyPanelId(), List.of(),
                expertReview.reviewersOf(CaseNumbers.review(reviewId)).stream().sorted().toList());
        for (Amendment a : store.amendments(reviewId)) {
            if (a.vetoedBy() == null) {
                long voteId = bodies.openVote(review.view().assemblyPanelId(), CaseNumbers.amendment(a.id()),
                        List.of(AmendmentView.FOR, AmendmentView.AGAINST), deadline, voteRules);
                store.setVote(a.id(), voteId);
                opened++;
            }
        }
        store.set(reviewId, "vote_deadline", deadline);
        store.set(reviewId, "stage", ReviewView.VOTE);
        store.insertEvent(reviewId, ReviewView.VOTE, "review.timeline.votesOpened", opened, deadline,
                percent(rules.share(Parameter.AMENDMENT_MAJORITY)), percent(rules.share(Parameter.ASSEMBLY_QUORUM)));
        return deadline;
    }

    @Override
    public int closeVotes(long reviewId) {
        double majority = parameters.current().share(Parameter.AMENDMENT_MAJORITY);
        int accepted = 0;
        for (Amendment a : store.amendments(reviewId)) {
            if (a.voteId() == null) {
                continue;
            }
            VoteResult r = bodies.closeVote(a.voteId());
            int votesFor = r.totals().getOrDefault(AmendmentView.FOR, 0);
            int against = r.totals().getOrDefault(AmendmentView.AGAINST, 0);
            int abstain = r.totals().getOrDefault(BallotBox.REWORK, 0);
            boolean yes = r.quorumMet() && r.ballots() > 0 && votesFor >= majority * r.ballots() - 1e-9;
            accepted += yes ? 1 : 0;
            store.recordResult(a.id(), yes ? AmendmentView.ACCEPTED : AmendmentView.REJECTED, votesFor, against, abstain,
                    r.eligible());
            store.insertEvent(reviewId, ReviewView.VOTE, yes ? "review.timeline.accepted" : "review.timeline.rejected",
                    a.label(), votesFor, against, abstain, r.ballots(), r.eligible());
        }
        return accepted;
    }

    @Override
    public void enactAmendments(long reviewId) {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        for (Amendment a : store.amendments(reviewId)) {
            if (AmendmentView.ACCEPTED.equals(a.outcome()) && a.enactedFrom() == null) {
                LocalDate from = a.effectiveFrom().isBefore(tomorrow) ? tomorrow : a.effectiveFrom();
                parameters.amend(a.parameter(), a.value(), from, "Constitutional review " + reviewId + ", amendment "
                        + a.label(), reviewId, a.id());
                store.enacted(a.id(), from);
                store.insertEvent(reviewId, ReviewView.VOTE, "review.timeline.enacted", a.label(), a.parameter().key(),
                        a.value().toPlainString(), from);
                events.publishEvent(new ParametersAmended(reviewId, a.id(), a.parameter().key(), a.value().toPlainString(),
                        from));
            }
        }
    }

    @Override
    public SignedMinutes signMinutes(long reviewId) {
        store.set(reviewId, "concluded_at", clock.instant());
        SignedMinutes signed = bodies.signMinutes(store.reviewOrThrow(reviewId).view().assemblyPanelId(),
                assembler.assemble(reviewId, settings.minutesLocale()));
        store.set(reviewId, "document_id", signed.documentId());
        store.set(reviewId, "minutes_sha256", signed.sha256());
        store.insertEvent(reviewId, ReviewView.CLOSED, "review.timeline.minutesSigned", signed.documentId(), signed.sha256());
        return signed;
    }

    @Override
    public void publish(long reviewId, SignedMinutes signed) {
        bodies.publish(store.reviewOrThrow(reviewId).view().assemblyPanelId(), assembler.registerEntry(reviewId,
                signed.documentId(), signed.sha256(), signed.developmentKey(), settings.minutesLocale()), signed);
    }

    @Override
    public void closeReview(long reviewId) {
        Review review = store.reviewOrThrow(reviewId);
        List<Amendment> amendments = store.amendments(reviewId);
        int accepted = (int) amendments.stream().filter(a -> AmendmentView.ACCEPTED.equals(a.outcome())).count();
        store.set(reviewId, "stage", ReviewView.CLOSED);
        store.set(reviewId, "outcome", accepted + " of " + amendments.size() + " amendments accepted");
        if (ReviewView.DUE_DATE.equals(review.view().trigger())) {
            LocalDate next = parameters.scheduleNextAfter(review.view().dueDate());
            store.insertEvent(reviewId, ReviewView.CLOSED, "review.timeline.nextDue", next);
        }
        events.publishEvent(new ReviewConcluded(reviewId, review.view().documentId(), accepted, amendments.size()));
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}

package org.rbe.governance.constitution.internal;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.conflicts.ConflictOfInterestException;
import org.rbe.governance.constitution.AmendmentView;
import org.rbe.governance.constitution.ConstitutionalReviews;
import org.rbe.governance.constitution.InitiativeView;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ReviewOpened;
import org.rbe.governance.constitution.ReviewView;
import org.rbe.governance.constitution.internal.ReviewStore.Amendment;
import org.rbe.governance.constitution.internal.ReviewStore.Review;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reviews, initiatives, proposals and vetoes; opening a review starts the {@code constitutional-review} process. */
@Service
@Transactional
class ReviewService implements ConstitutionalReviews {
    static final String PROCESS_KEY = "constitutional-review";
    private final ReviewStore store;
    private final ParameterStore parameters;
    private final CitizenRegistry registry;
    private final CurrentUser currentUser;
    private final CaseRoles roles;
    private final Sortition sortition;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;

    private final Clock clock;
    ReviewService(ReviewStore store, ParameterStore parameters, CitizenRegistry registry, CurrentUser currentUser,
                  CaseRoles roles, Sortition sortition, RuntimeService runtime, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.parameters = parameters;
        this.registry = registry;
        this.currentUser = currentUser;
        this.roles = roles;
        this.sortition = sortition;
        this.runtime = runtime;
        this.events = events;
    }

    @Override
    public Optional<ReviewView> openIfDue(LocalDate today) {
        LocalDate due = parameters.nextReviewDue();
        if (today.isBefore(due) || store.reviewDue(due).isPresent()) {
            return Optional.empty();
        }
        long id;
        try {
            id = store.insertReview(ReviewView.DUE_DATE, due, null, "system", clock.instant());
        } catch (DuplicateKeyException opened) {
            return Optional.empty();
        }
        store.insertEvent(id, ReviewView.OPENED, "review.timeline.openedByDueDate", due);
        start(id, ReviewView.DUE_DATE);
        return Optional.of(store.reviewOrThrow(id).view());
    }

    @Override
    public ReviewView openByCivicAssembly(long assemblyId, String assemblyLabel) {
        long id = store.insertReview(ReviewView.ASSEMBLY, null, null, "system", clock.instant());
        store.set(id, "civic_assembly_id", assemblyId);
        store.insertEvent(id, ReviewView.OPENED, "review.timeline.openedByAssembly", assemblyLabel);
        start(id, ReviewView.ASSEMBLY);
        return store.reviewOrThrow(id).view();
    }

    @Override
    public InitiativeView startInitiative(String title, String proposal) {
        Actor me = citizen();
        text(title, "constitution.error.titleRequired", 200);
        text(proposal, "constitution.error.proposalRequired", 4000);
        Instant now = clock.instant();
        long id = store.insertInitiative(title.trim(), proposal.trim(), me.username(), me.citizenId(), now);
        store.addSupporter(id, me.citizenId(), now);
        return initiative(id);
    }

    @Override
    public InitiativeView support(long initiativeId) {
        Actor me = citizen();
        InitiativeView initiative = initiative(initiativeId);
        if (!InitiativeView.COLLECTING.equals(initiative.status())) {
            throw new UserFacingException("constitution.error.initiativeClosed", initiativeId);
        }
        if (!store.addSupporter(initiativeId, me.citizenId(), clock.instant())) {
            throw new UserFacingException("constitution.error.alreadySupported", initiativeId);
        }
        return initiative(initiativeId);
    }

    @Override
    public ReviewView submitInitiative(long initiativeId) {
        Actor me = citizen();
        InitiativeView initiative = initiative(initiativeId);
        if (!me.username().equals(store.initiator(initiativeId))) {
            throw new AccessDeniedException("constitution.error.notInitiator", initiativeId);
        }
        if (!InitiativeView.COLLECTING.equals(initiative.status())) {
            throw new UserFacingException("constitution.error.initiativeClosed", initiativeId);
        }
        Instant now = clock.instant();
        long id = store.insertReview(ReviewView.INITIATIVE, null, initiativeId, me.username(), now);
        store.setInitiative(initiativeId, InitiativeView.SUBMITTED, id, now);
        roles.assign(CaseNumbers.review(id), ReviewRoles.INITIATOR, me.citizenId());
        store.insertEvent(id, ReviewView.OPENED, "review.timeline.openedByInitiative", initiative.title(),
                initiative.supporters(), initiative.needed());
        start(id, ReviewView.INITIATIVE);
        return store.reviewOrThrow(id).view();
    }

    private void start(long reviewId, String trigger) {
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, "review-" + reviewId,
                Map.of("caseId", CaseNumbers.review(reviewId), "reviewId", reviewId, "trigger", trigger))
                .getProcessInstanceId();
        store.set(reviewId, "process_instance_id", instance);
        events.publishEvent(new ReviewOpened(reviewId, trigger));
    }

    @Override
    @Transactional(readOnly = true)
    public List<InitiativeView> initiatives() {
        return store.initiatives(needed());
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewView get(long reviewId) {
        return store.reviewOrThrow(reviewId).view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewView> all() {
        return store.reviews().stream().map(Review::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AmendmentView> amendments(long reviewId) {
        store.reviewOrThrow(reviewId);
        return store.amendments(reviewId).stream().map(this::view).toList();
    }

    @Override
    public AmendmentView propose(long reviewId, Parameter parameter, BigDecimal value, LocalDate effectiveFrom,
                                 String rationale) {
        Review review = store.reviewOrThrow(reviewId);
        Actor me = currentUser.actor();
        if (!ReviewView.PROPOSALS.equals(review.view().stage())) {
            throw new UserFacingException("constitution.error.proposalsClosed", reviewId);
        }
        if (me.citizenId() == null || review.view().assemblyPanelId() == null
                || !sortition.isAcceptedMember(review.view().assemblyPanelId(), me.citizenId())) {
            throw new AccessDeniedException("constitution.error.notAssemblyMember", reviewId);
        }
        if (parameter == null) {
            throw new UserFacingException("constitution.error.parameterRequired");
        }
        ParameterRules.check(parameter, value);
        LocalDate today = LocalDate.now(clock);
        if (effectiveFrom == null || !effectiveFrom.isAfter(today)) {
            throw new UserFacingException("constitution.error.effectiveInFuture");
        }
        if (parameters.inForce(effectiveFrom).value(parameter).compareTo(value) == 0) {
            throw new UserFacingException("constitution.error.noChange", parameter.key(), value.toPlainString());
        }
        text(rationale, "constitution.error.rationaleRequired", 4000);
        if (store.amendments(reviewId).stream().anyMatch(a -> a.parameter() == parameter)) {
            throw new UserFacingException("constitution.error.parameterTaken", parameter.key());
        }
        long id = store.insertAmendment(reviewId, parameter, value, effectiveFrom, rationale.trim(), me.username(),
                clock.instant());
        Amendment amendment = amendment(reviewId, id);
        store.insertEvent(reviewId, ReviewView.PROPOSALS, "review.timeline.proposed", amendment.label(), parameter.key(),
                value.toPlainString(), effectiveFrom);
        return view(amendment);
    }

    @Override
    public AmendmentView veto(long reviewId, long amendmentId, String reason) {
        Review review = store.reviewOrThrow(reviewId);
        Actor me = currentUser.require(Role.ETHICS);
        if (!ReviewView.ETHICS.equals(review.view().stage())) {
            throw new UserFacingException("constitution.error.ethicsNotOpen", reviewId);
        }
        text(reason, "constitution.error.reasonRequired", 4000);
        Amendment amendment = amendment(reviewId, amendmentId);
        if (amendment.vetoedBy() != null) {
            throw new UserFacingException("constitution.error.alreadyVetoed", amendment.label());
        }
        if (me.citizenId() != null) {
            long caseNumber = CaseNumbers.review(reviewId);
            roles.roleOf(caseNumber, me.citizenId()).filter(r -> !ReviewRoles.ETHICS.equals(r)).ifPresent(held -> {
                throw new ConflictOfInterestException(me.citizenId(), held, ReviewRoles.ETHICS);
            });
            roles.assign(caseNumber, ReviewRoles.ETHICS, me.citizenId());
        }
        store.veto(amendmentId, me.username(), reason.trim());
        store.insertEvent(reviewId, ReviewView.ETHICS, "review.timeline.vetoed", me.displayName(), amendment.label(),
                reason.trim());
        return view(amendment(reviewId, amendmentId));
    }

    int needed() {
        return (int) Math.ceil(parameters.current().share(Parameter.INITIATIVE_SUPPORT_SHARE) * registry.count() - 1e-9);
    }

    private InitiativeView initiative(long id) {
        return store.initiative(id, needed())
                .orElseThrow(() -> new UserFacingException("constitution.error.unknownInitiative", id));
    }

    private Amendment amendment(long reviewId, long amendmentId) {
        return store.amendments(reviewId).stream().filter(a -> a.id() == amendmentId).findFirst()
                .orElseThrow(() -> new UserFacingException("constitution.error.unknownAmendment", amendmentId));
    }

    AmendmentView view(Amendment a) {
        BigDecimal inForce = parameters.inForce(a.effectiveFrom().minusDays(1)).values().get(a.parameter());
        return new AmendmentView(a.id(), a.reviewId(), a.position(), a.parameter(), a.value(),
                inForce == null ? null : inForce.stripTrailingZeros(), a.effectiveFrom(), a.rationale(), a.proposedBy(),
                a.proposedAt(), a.vetoedBy(), a.vetoReason(), a.voteId(), a.outcome(), a.votesFor(), a.votesAgainst(),
                a.votesAbstain(), a.eligible(), a.enactedFrom());
    }

    private Actor citizen() {
        Actor me = currentUser.actor();
        if (me.citizenId() == null) {
            throw new AccessDeniedException("constitution.error.citizensOnly");
        }
        return me;
    }

    private static void text(String value, String key, int max) {
        if (value == null || value.isBlank() || value.trim().length() > max) {
            throw new UserFacingException(key, max);
        }
    }
}

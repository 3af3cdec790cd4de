package org.rbe.governance.constitution.internal;

import java.nio.charset.StandardCharsets;
import org.rbe.governance.proceedings.DrawnBodies;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rbe.governance.constitution.AmendmentView;
import org.rbe.governance.constitution.InitiativeView;
import org.rbe.governance.constitution.ParameterSet;
import org.rbe.governance.constitution.ReviewView;
import org.rbe.governance.constitution.internal.ReviewStore.Amendment;
import org.rbe.governance.constitution.internal.ReviewStore.Review;
import org.rbe.governance.minutes.MinutesContent;
import org.rbe.governance.proceedings.DeliberationMinutes;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.VoteResult;
import org.springframework.stereotype.Component;

/**
 * Gathers a review into minutes ({@link MinutesContent#REVIEW}): the constitution in force when it opened (and the
 * initiative, if any), every amendment with its rationale and result, the experts' opinions, the ethics vetoes, the
 * assembly against its quotas with its seed, the votes per amendment with the rule, and the timeline.
 */
@Component
class ReviewMinutesAssembler {
    private final DrawnBodies bodies;
    private final DeliberationMinutes deliberation;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private final ReviewStore store;
    private final ParameterStore parameters;
    private final ReviewService reviews;
    private final BallotBox ballots;
    private final ExpertReview expertReview;

    ReviewMinutesAssembler(ReviewStore store, ParameterStore parameters, ReviewService reviews, BallotBox ballots, ExpertReview expertReview, DeliberationMinutes deliberation, DrawnBodies bodies) {
        this.bodies = bodies;
        this.store = store;
        this.deliberation = deliberation;
        this.parameters = parameters;
        this.reviews = reviews;
        this.ballots = ballots;
        this.expertReview = expertReview;
    }

    MinutesContent assemble(long reviewId, Locale locale) {
        Review review = store.reviewOrThrow(reviewId);
        ReviewView v = review.view();
        List<Amendment> amendments = store.amendments(reviewId);
        long caseNumber = CaseNumbers.review(reviewId);
        List<MinutesContent.Dataset> records = new ArrayList<>();
        LocalDate opened = v.openedAt().atZone(ZoneOffset.UTC).toLocalDate();
        ParameterSet inForce = parameters.inForce(opened);
        String constitution = inForce.values().entrySet().stream().map(e -> e.getKey().key() + "=" + e.getValue().toPlainString())
                .collect(Collectors.joining("\n"));
        records.add(new MinutesContent.Dataset(Messages.get(locale, "review.minutes.constitutionOn", opened.toString()),
                sha256(constitution), inForce.values().size()));
        initiative(review).ifPresent(i -> records.add(new MinutesContent.Dataset(
                Messages.get(locale, "review.minutes.initiative", i.title()), sha256(i.proposal()), i.supporters())));
        List<MinutesContent.Scenario> proposals = amendments.stream().map(a -> scenario(a, locale)).toList();
        List<MinutesContent.ExpertReview> opinions = expertReview.reviews(caseNumber).stream().filter(r -> r.decision() != null)
                .map(r -> new MinutesContent.ExpertReview(r.round(), r.reviewerName(),
                        MinutesContent.ReviewDecision.valueOf(r.decision()), r.notes())).toList();
        List<MinutesContent.Veto> vetoes = amendments.stream().filter(a -> a.vetoedBy() != null)
                .map(a -> new MinutesContent.Veto(a.label(), a.vetoedBy(), a.vetoReason())).toList();
        List<MinutesContent.TimelineEntry> timeline = store.events(reviewId).stream()
                .map(e -> new MinutesContent.TimelineEntry(e.at(), Messages.get(locale, "review.stage." + e.stage()),
                        Messages.get(locale, e.key(), (Object[]) e.args()))).toList();
        return new MinutesContent(documentId(review), locale, caseNumber, title(review, locale), trigger(review, locale),
                Messages.get(locale, "review.minutes.scope"), outcome(amendments, locale), summary(review, amendments, locale),
                Messages.get(locale, "review.minutes.publishedBy"), v.concludedAt(), records, List.of(), proposals, opinions,
                vetoes, assembly(v, locale), tally(amendments, v, locale), null, null, timeline, MinutesContent.REVIEW)
                .withDeliberation(v.assemblyPanelId() == null ? null
                        : deliberation.section(v.assemblyPanelId(), t -> t, locale));
    }

    RegisterEntry registerEntry(long reviewId, String documentId, String sha256, boolean developmentKey, Locale locale) {
        Review review = store.reviewOrThrow(reviewId);
        List<Amendment> amendments = store.amendments(reviewId);
        return new RegisterEntry(CaseNumbers.review(reviewId), documentId, title(review, locale), trigger(review, locale),
                Messages.get(locale, "review.minutes.scope"), outcome(amendments, locale),
                summary(review, amendments, locale), "constitutional-assembly", review.view().concludedAt(), sha256,
                developmentKey);
    }

    private static String documentId(Review review) {
        return "CR-" + review.id() + "-" + DAY.format(review.view().concludedAt());
    }

    private String title(Review review, Locale locale) {
        if (ReviewView.ASSEMBLY.equals(review.view().trigger())) {
            return Messages.get(locale, "review.minutes.titleAssembly", review.id());
        }
        return ReviewView.DUE_DATE.equals(review.view().trigger())
                ? Messages.get(locale, "review.minutes.titleDue", review.id(), String.valueOf(review.view().dueDate()))
                : Messages.get(locale, "review.minutes.titleInitiative", review.id(),
                initiative(review).map(InitiativeView::title).orElse(""));
    }

    private String trigger(Review review, Locale locale) {
        if (ReviewView.ASSEMBLY.equals(review.view().trigger())) {
            return Messages.get(locale, "review.trigger.ASSEMBLY");
        }
        return ReviewView.DUE_DATE.equals(review.view().trigger()) ? Messages.get(locale, "review.trigger.DUE_DATE")
                : Messages.get(locale, "review.trigger.INITIATIVE", initiative(review).map(InitiativeView::supporters).orElse(0));
    }

    private static String outcome(List<Amendment> amendments, Locale locale) {
        long accepted = amendments.stream().filter(a -> AmendmentView.ACCEPTED.equals(a.outcome())).count();
        return Messages.get(locale, "review.minutes.outcome", accepted, amendments.size());
    }

    private String summary(Review review, List<Amendment> amendments, Locale locale) {
        String accepted = amendments.stream().filter(a -> AmendmentView.ACCEPTED.equals(a.outcome()))
                .map(a -> Messages.get(locale, "review.minutes.enactedLine", a.label(), parameterName(a, locale),
                        a.value().toPlainString(), a.parameter().unit(), String.valueOf(a.enactedFrom())))
                .collect(Collectors.joining(" "));
        return Messages.get(locale, "review.minutes.summary", amendments.size(),
                accepted.isEmpty() ? Messages.get(locale, "review.minutes.nothingEnacted") : accepted,
                review.ethicsConclusion() == null ? "" : review.ethicsConclusion());
    }

    private MinutesContent.Scenario scenario(Amendment a, Locale locale) {
        AmendmentView view = reviews.view(a);
        String result = a.outcome() == null ? "" : "\n" + Messages.get(locale, "review.minutes.result." + a.outcome(),
                a.votesFor(), a.votesAgainst(), a.votesAbstain(), a.eligible(), String.valueOf(a.enactedFrom()));
        return new MinutesContent.Scenario(a.label(), parameterName(a, locale), a.rationale() + result,
                List.of(new MinutesContent.Allocation(a.parameter().key(),
                        view.valueInForce() == null ? "" : view.valueInForce().toPlainString(),
                        a.effectiveFrom().toString(), a.value().doubleValue(), a.parameter().unit())),
                a.vetoedBy() != null);
    }

    private MinutesContent.Jury assembly(ReviewView v, Locale locale) {
        if (v.assemblyPanelId() == null) {
            return new MinutesContent.Jury(0, "", "", "", List.of());
        }
        return bodies.minutesPart(v.assemblyPanelId(), "review.minutes.method", locale);
    }

    private MinutesContent.Tally tally(List<Amendment> amendments, ReviewView v, Locale locale) {
        List<MinutesContent.OptionTotal> totals = new ArrayList<>();
        int eligible = 0;
        int ballotsCast = 0;
        for (Amendment a : amendments) {
            if (a.voteId() == null) {
                continue;
            }
            VoteResult r = ballots.result(a.voteId());
            eligible = Math.max(eligible, r.eligible());
            ballotsCast = Math.max(ballotsCast, r.ballots());
            r.totals().forEach((option, votes) -> totals.add(new MinutesContent.OptionTotal(
                    a.label() + " \u2014 " + Messages.get(locale, "review.option." + option), votes)));
        }
        ParameterSet rules = parameters.inForce(v.openedAt().atZone(ZoneOffset.UTC).toLocalDate());
        double quorum = rules.share(org.rbe.governance.constitution.Parameter.ASSEMBLY_QUORUM);
        double majority = rules.share(org.rbe.governance.constitution.Parameter.AMENDMENT_MAJORITY);
        String accepted = amendments.stream().filter(a -> AmendmentView.ACCEPTED.equals(a.outcome()))
                .map(Amendment::label).collect(Collectors.joining(", "));
        return new MinutesContent.Tally(eligible, ballotsCast, eligible == 0 ? 0 : 100.0 * ballotsCast / eligible,
                quorum * 100, eligible > 0 && ballotsCast >= quorum * eligible,
                Messages.get(locale, "review.minutes.rule", String.format(Locale.ROOT, "%.1f", majority * 100),
                        String.format(Locale.ROOT, "%.1f", quorum * 100)),
                Messages.get(locale, "review.minutes.tieRule"), totals,
                accepted.isEmpty() ? Messages.get(locale, "review.minutes.noneAccepted") : accepted);
    }

    private java.util.Optional<InitiativeView> initiative(Review review) {
        return review.view().initiativeId() == null ? java.util.Optional.empty()
                : store.initiative(review.view().initiativeId(), reviews.needed());
    }

    private static String parameterName(Amendment a, Locale locale) {
        return Messages.get(locale, "param." + a.parameter().key());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

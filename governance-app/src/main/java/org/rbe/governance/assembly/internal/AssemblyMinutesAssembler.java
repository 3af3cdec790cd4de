package org.rbe.governance.assembly.internal;

import java.time.ZoneOffset;
import org.rbe.governance.proceedings.DrawnBodies;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rbe.governance.assembly.AssemblyView;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ParameterSet;
import org.rbe.governance.minutes.MinutesContent;
import org.rbe.governance.proceedings.DeliberationMinutes;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.VoteResult;
import org.springframework.stereotype.Component;

/**
 * Gathers an assembly into minutes ({@link MinutesContent#ASSEMBLY}): its two questions with their results, the
 * assembly against its quotas with its seed, both votes' totals with the rule, and the timeline.
 */
@Component
class AssemblyMinutesAssembler {
    private final DrawnBodies bodies;
    private final DeliberationMinutes deliberation;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private final AssemblyStore store;
    private final ConstitutionalParameters constitution;
    private final BallotBox ballots;

    AssemblyMinutesAssembler(AssemblyStore store, ConstitutionalParameters constitution, BallotBox ballots, DeliberationMinutes deliberation, DrawnBodies bodies) {
        this.bodies = bodies;
        this.store = store;
        this.deliberation = deliberation;
        this.constitution = constitution;
        this.ballots = ballots;
    }

    MinutesContent assemble(long assemblyId, Locale locale) {
        AssemblyView a = store.get(assemblyId);
        List<MinutesContent.Scenario> questions = List.of(
                new MinutesContent.Scenario("1", Messages.get(locale, "assembly.question.rating"),
                        Messages.get(locale, "assembly.minutes.ratingResult", rating(a), count(a.ratings())), List.of(), false),
                new MinutesContent.Scenario("2", Messages.get(locale, "assembly.question.review"),
                        Messages.get(locale, Boolean.TRUE.equals(a.opensReview()) ? "assembly.minutes.reviewOpened"
                                : "assembly.minutes.reviewNotOpened", count(a.reviewFor()), count(a.reviewAgainst()),
                                count(a.reviewBallots()), a.reviewId() == null ? "" : a.reviewId()), List.of(), false));
        List<MinutesContent.TimelineEntry> timeline = store.events(assemblyId).stream()
                .map(e -> new MinutesContent.TimelineEntry(e.at(), Messages.get(locale, "assembly.stage." + e.stage()),
                        Messages.get(locale, e.key(), e.args()))).toList();
        return new MinutesContent(documentId(a), locale, a.caseNumber(), title(a, locale),
                Messages.get(locale, "assembly.minutes.trigger", a.dueDate().toString()),
                Messages.get(locale, "assembly.minutes.scope"), outcome(a, locale), summary(a, locale),
                Messages.get(locale, "assembly.minutes.publishedBy"), a.concludedAt(), List.of(), List.of(), questions,
                List.of(), List.of(), jury(a, locale), tally(a, locale), null, null, timeline, MinutesContent.ASSEMBLY)
                .withDeliberation(deliberation.section(a.panelId(), t -> t, locale));
    }

    RegisterEntry registerEntry(long assemblyId, String documentId, String sha256, boolean developmentKey, Locale locale) {
        AssemblyView a = store.get(assemblyId);
        return new RegisterEntry(a.caseNumber(), documentId, title(a, locale),
                Messages.get(locale, "assembly.minutes.trigger", a.dueDate().toString()),
                Messages.get(locale, "assembly.minutes.scope"), outcome(a, locale), summary(a, locale), "civic-assembly",
                a.concludedAt(), sha256, developmentKey);
    }

    private static String documentId(AssemblyView a) {
        return a.label() + "-" + DAY.format(a.concludedAt());
    }

    private static String title(AssemblyView a, Locale locale) {
        return Messages.get(locale, "assembly.minutes.title", a.id(), a.dueDate().getYear());
    }

    private static String outcome(AssemblyView a, Locale locale) {
        return Messages.get(locale, Boolean.TRUE.equals(a.opensReview()) ? "assembly.outcome.review"
                : "assembly.outcome.noReview", rating(a));
    }

    private static String summary(AssemblyView a, Locale locale) {
        return Messages.get(locale, "assembly.minutes.summary", rating(a), count(a.ratings()), count(a.reviewFor()),
                count(a.reviewAgainst()), count(a.reviewBallots()), count(a.eligible()));
    }

    private MinutesContent.Jury jury(AssemblyView a, Locale locale) {
        if (a.panelId() == null) {
            return new MinutesContent.Jury(0, "", "", "", List.of());
        }
        return bodies.minutesPart(a.panelId(), "assembly.minutes.method", locale);
    }

    private MinutesContent.Tally tally(AssemblyView a, Locale locale) {
        List<MinutesContent.OptionTotal> totals = new ArrayList<>();
        if (a.ratingVoteId() == null || a.reviewVoteId() == null) {
            return new MinutesContent.Tally(0, 0, 0, 0, false, "", "", totals, null);
        }
        VoteResult rating = ballots.result(a.ratingVoteId());
        rating.totals().forEach((option, votes) -> totals.add(new MinutesContent.OptionTotal(
                Messages.get(locale, "assembly.option.rating", Messages.get(locale, "assembly.option." + option)), votes)));
        VoteResult question = ballots.result(a.reviewVoteId());
        question.totals().forEach((option, votes) -> totals.add(new MinutesContent.OptionTotal(
                Messages.get(locale, "assembly.option.question", Messages.get(locale, "assembly.option." + option)), votes)));
        ParameterSet rules = constitution.inForce(a.dueDate());
        double quorum = rules.share(Parameter.ASSEMBLY_QUORUM);
        return new MinutesContent.Tally(question.eligible(), question.ballots(),
                question.eligible() == 0 ? 0 : 100.0 * question.ballots() / question.eligible(), quorum * 100,
                question.quorumMet(), Messages.get(locale, "assembly.minutes.rule",
                String.format(Locale.ROOT, "%.1f", rules.share(Parameter.CIVIC_REVIEW_MAJORITY) * 100),
                String.format(Locale.ROOT, "%.1f", quorum * 100)), Messages.get(locale, "assembly.minutes.tieRule"),
                totals, outcome(a, locale));
    }

    private static String rating(AssemblyView a) {
        return a.averageRating() == null ? "-" : String.format(Locale.ROOT, "%.2f", a.averageRating());
    }

    private static int count(Integer n) {
        return n == null ? 0 : n;
    }
}

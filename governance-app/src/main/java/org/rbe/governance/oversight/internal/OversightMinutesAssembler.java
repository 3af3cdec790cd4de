package org.rbe.governance.oversight.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rbe.governance.minutes.MinutesContent;
import org.rbe.governance.minutes.SignedMinutes;
import org.rbe.governance.oversight.OversightView;
import org.rbe.governance.proceedings.DeliberationMinutes;
import org.rbe.governance.proceedings.DrawnBodies;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.VoteResult;
import org.springframework.stereotype.Component;

/**
 * Gathers a civic check into minutes: the decision checked and the concern raised, the trio as drawn, its
 * deliberation (its written reasons are its table's summary), its vote and its finding.
 */
@Component
class OversightMinutesAssembler {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private final DecisionRegister register;
    private final DrawnBodies bodies;
    private final BallotBox ballots;
    private final DeliberationMinutes deliberation;

    OversightMinutesAssembler(DecisionRegister register, DrawnBodies bodies, BallotBox ballots,
                              DeliberationMinutes deliberation) {
        this.register = register;
        this.bodies = bodies;
        this.ballots = ballots;
        this.deliberation = deliberation;
    }

    MinutesContent assemble(OversightView check, Locale locale) {
        String decision = decisionTitle(check);
        List<MinutesContent.Scenario> question = List.of(new MinutesContent.Scenario("1",
                Messages.get(locale, "oversight.minutes.question", CaseNumbers.label(check.decisionCase()), decision),
                Messages.get(locale, "oversight.minutes.concern", check.concern()), List.of(), false));
        List<MinutesContent.TimelineEntry> timeline = new ArrayList<>();
        timeline.add(new MinutesContent.TimelineEntry(check.requestedAt(), Messages.get(locale, "oversight.stage.REQUESTED"),
                Messages.get(locale, "oversight.timeline.requested")));
        if (check.voteDeadline() != null) {
            timeline.add(new MinutesContent.TimelineEntry(check.concludedAt(), Messages.get(locale, "oversight.stage.REVIEW"),
                    Messages.get(locale, "oversight.timeline.found", finding(check, locale))));
        }
        return new MinutesContent(documentId(check), locale, check.caseNumber(), title(check, locale),
                Messages.get(locale, "oversight.minutes.trigger"), decision, finding(check, locale), summary(check, locale),
                Messages.get(locale, "oversight.minutes.publishedBy"), check.concludedAt(), List.of(), List.of(), question,
                List.of(), List.of(), bodies.minutesPart(check.panelId(), "oversight.minutes.method", locale),
                tally(check, locale), check.voteId() == null ? null : ballots.merkleRoot(check.voteId()), null, timeline,
                MinutesContent.OVERSIGHT).withDeliberation(deliberation.section(check.panelId(), t -> t, locale));
    }

    RegisterEntry registerEntry(OversightView check, SignedMinutes signed, Locale locale) {
        return new RegisterEntry(check.caseNumber(), signed.documentId(), title(check, locale),
                Messages.get(locale, "oversight.minutes.trigger"), decisionTitle(check), finding(check, locale),
                summary(check, locale), "civic-oversight", check.concludedAt(), signed.sha256(), signed.developmentKey());
    }

    private String decisionTitle(OversightView check) {
        return register.entry(check.decisionCase()).map(RegisterEntry::title).orElse("");
    }

    private static String documentId(OversightView check) {
        return check.label() + "-" + DAY.format(check.concludedAt());
    }

    private static String title(OversightView check, Locale locale) {
        return Messages.get(locale, "oversight.minutes.title", check.label(), CaseNumbers.label(check.decisionCase()));
    }

    private static String finding(OversightView check, Locale locale) {
        return Messages.get(locale, "oversight.finding." + check.finding());
    }

    private static String summary(OversightView check, Locale locale) {
        String reasons = check.findingText() == null || check.findingText().isBlank()
                ? Messages.get(locale, "oversight.minutes.noReasons") : check.findingText();
        return Messages.get(locale, "oversight.minutes.summary", finding(check, locale), count(check.votesSound()),
                count(check.votesFlawed()), reasons);
    }

    private MinutesContent.Tally tally(OversightView check, Locale locale) {
        VoteResult result = ballots.result(check.voteId());
        List<MinutesContent.OptionTotal> totals = new ArrayList<>();
        result.totals().forEach((option, votes) -> totals.add(new MinutesContent.OptionTotal(
                Messages.get(locale, "oversight.option." + option), votes)));
        return new MinutesContent.Tally(result.eligible(), result.ballots(),
                result.eligible() == 0 ? 0 : 100.0 * result.ballots() / result.eligible(), 200.0 / 3,
                result.quorumMet(), Messages.get(locale, "oversight.minutes.rule"),
                Messages.get(locale, "oversight.minutes.tieRule"), totals, finding(check, locale));
    }

    private static int count(Integer n) {
        return n == null ? 0 : n;
    }
}

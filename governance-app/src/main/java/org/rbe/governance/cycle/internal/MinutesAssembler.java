package org.rbe.governance.cycle.internal;

import java.time.ZoneOffset;
import org.rbe.governance.proceedings.DrawnBodies;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.correlation.DatasetSummary;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.ethics.EthicsCouncil;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.minutes.MinutesContent;
import org.rbe.governance.proceedings.DeliberationMinutes;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.scenarios.ScenarioView;
import org.rbe.governance.scenarios.ScenarioGenerator;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.VoteResult;
import org.rbe.governance.voting.VoteRules;
import org.springframework.stereotype.Component;

/** Gathers what every module recorded about a case into the content of its minutes. */
@Component
class MinutesAssembler {
    private final DrawnBodies bodies;
    private static final int MAX_CORRELATIONS = 30;
    private final DecisionCases cases;
    private final CorrelationCenter correlation;
    private final ScenarioGenerator scenarios;
    private final ExpertReview review;
    private final EthicsCouncil ethics;
    private final Sortition sortition;
    private final BallotBox ballots;
    private final AuditLedger ledger;
    private final DeliberationMinutes deliberation;

    MinutesAssembler(DecisionCases cases, CorrelationCenter correlation, ScenarioGenerator scenarios, ExpertReview review,
                     EthicsCouncil ethics, Sortition sortition, BallotBox ballots,
                     AuditLedger ledger, DeliberationMinutes deliberation, DrawnBodies bodies) {
        this.bodies = bodies;
        this.ledger = ledger;
        this.deliberation = deliberation;
        this.cases = cases;
        this.correlation = correlation;
        this.scenarios = scenarios;
        this.review = review;
        this.ethics = ethics;
        this.sortition = sortition;
        this.ballots = ballots;
    }

    static String documentId(DecisionCaseView c) {
        return "DC-" + c.id() + "-" + DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC).format(c.publishedAt());
    }

    MinutesContent assemble(long caseId, Locale locale) {
        DecisionCaseView c = cases.get(caseId);
        DatasetSummary dataset = correlation.dataset(c.datasetId());
        List<MinutesContent.Correlation> correlations = correlation.findings(c.datasetId()).stream()
                .filter(f -> f.significant()).limit(MAX_CORRELATIONS)
                .map(f -> new MinutesContent.Correlation(f.indicatorA(), f.indicatorB(), f.r(), f.pValue(), f.significant()))
                .toList();
        Map<Long, String> labels = new HashMap<>();
        List<MinutesContent.Scenario> scenarioLines = new ArrayList<>();
        Set<Long> vetoed = ethics.vetoedScenarioIds(caseId, c.round());
        for (ScenarioView s : scenarios.scenarios(caseId, c.round())) {
            String label = String.valueOf((char) ('A' + s.ordinal() - 1));
            labels.put(s.id(), s.title(locale));
            scenarioLines.add(new MinutesContent.Scenario(label, s.title(locale), s.explanation(locale),
                    s.allocations().stream().map(a -> new MinutesContent.Allocation(a.region(), a.resource(), a.kind(),
                            a.quantity(), a.unit())).toList(), vetoed.contains(s.id())));
        }
        List<MinutesContent.ExpertReview> reviews = review.reviews(caseId).stream().filter(r -> r.decision() != null)
                .map(r -> new MinutesContent.ExpertReview(r.round(), r.reviewerName(),
                        MinutesContent.ReviewDecision.valueOf(r.decision()), r.notes())).toList();
        List<MinutesContent.Veto> vetoes = ethics.vetoes(caseId).stream()
                .map(v -> new MinutesContent.Veto(labels.getOrDefault(v.scenarioId(), "#" + v.scenarioId()) + " ("
                        + Messages.get(locale, "minutes.round", v.round()) + ")", v.memberName(), v.reason())).toList();
        List<MinutesContent.TimelineEntry> timeline = cases.timeline(caseId).stream()
                .map(e -> new MinutesContent.TimelineEntry(e.at(), Messages.get(locale, "stage." + e.stage()), e.text(locale)))
                .toList();
        return new MinutesContent(documentId(c), locale, caseId, c.title(), c.topic(), c.region(),
                outcome(c, labels, locale), c.summary(), c.publishedBy(), c.publishedAt(),
                List.of(new MinutesContent.Dataset(dataset.fileName(), dataset.sha256(), dataset.rows())), correlations,
                scenarioLines, reviews, vetoes, jury(caseId, locale), tally(caseId, labels, locale), merkleRoot(caseId),
                ledger.head().hash(), timeline).withDeliberation(sortition.currentPanel(caseId)
                .map(p -> deliberation.section(p.id(), t -> labels.getOrDefault(Long.valueOf(t), t), locale))
                .orElse(null));
    }

    private static String outcome(DecisionCaseView c, Map<Long, String> labels, Locale locale) {
        return c.winningScenarioId() == null ? Messages.get(locale, "outcome." + c.outcome())
                : Messages.get(locale, "outcome.approvedScenario", labels.get(c.winningScenarioId()));
    }

    private MinutesContent.Jury jury(long caseId, Locale locale) {
        PanelView panel = sortition.currentPanel(caseId)
                .orElseThrow(() -> new UserFacingException("error.cycle.noJury", caseId));
        return bodies.minutesPart(panel.id(), "minutes.juryMethod", locale);
    }

    private MinutesContent.Tally tally(long caseId, Map<Long, String> labels, Locale locale) {
        long voteId = ballots.currentVote(caseId).orElseThrow(() -> new UserFacingException("error.cycle.noVote", caseId));
        VoteResult r = ballots.result(voteId);
        List<MinutesContent.OptionTotal> totals = r.totals().entrySet().stream()
                .map(e -> new MinutesContent.OptionTotal(optionLabel(e.getKey(), labels, locale), e.getValue())).toList();
        double turnout = r.eligible() == 0 ? 0 : 100.0 * r.ballots() / r.eligible();
        VoteRules rules = ballots.info(voteId).rules();
        return new MinutesContent.Tally(r.eligible(), r.ballots(), turnout, rules.quorum() * 100,
                r.quorumMet(),
                "ru".equals(locale.getLanguage()) ? r.ruleDescriptionRu() : r.ruleDescriptionEn(),
                Messages.get(locale, "minutes.tieRule"), totals,
                r.winningOption() == null ? null : optionLabel(r.winningOption(), labels, locale),
                rules.named());
    }

    /** The Merkle root over the final ballot receipts of the case's vote (RFC 6962), published at its close. */
    private String merkleRoot(long caseId) {
        return ballots.currentVote(caseId).map(ballots::merkleRoot).orElse(null);
    }

    private static String optionLabel(String option, Map<Long, String> labels, Locale locale) {
        return VoteResult.REWORK.equals(option) ? Messages.get(locale, "option.rework")
                : labels.getOrDefault(Long.valueOf(option), option);
    }
}

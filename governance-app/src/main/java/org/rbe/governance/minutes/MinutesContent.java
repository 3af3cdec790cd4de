package org.rbe.governance.minutes;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the minutes of one decision show, as plain data gathered by the clerk's workflow.
 *
 * @param merkleRoot   Merkle root of all ballots; {@code null} until the voting module records it
 * @param auditLogHead hash of the audit-log head; {@code null} until the ledger records it
 * @param kind         what the minutes record: {@link #DECISION} (the decision cycle), {@link #APPEAL} or
 *                     {@link #REVIEW}; the sections keep their order and data, and take their titles from the kind
 */
public record MinutesContent(String documentId, Locale locale, long caseId, String title, String topic,
                             String region, String outcome, String summary, String publishedBy,
                             Instant publishedAt, List<Dataset> datasets, List<Correlation> correlations,
                             List<Scenario> scenarios, List<ExpertReview> reviews, List<Veto> vetoes,
                             Jury jury, Tally tally, String merkleRoot, String auditLogHead,
                             List<TimelineEntry> timeline, String kind, Deliberation deliberation) {
    /** Minutes of a decision of the decision cycle. */
    public static final String DECISION = "decision";
    /** Minutes of a sanction appeal: evidence, the options before the panel, the expert's advice, the panel, the vote. */
    public static final String APPEAL = "appeal";
    /** Minutes of a constitutional review: amendments, expert review, ethics vetoes, the assembly, its votes. */
    public static final String REVIEW = "review";
    /** Minutes of an annual civic assembly: its two questions, the assembly drawn, the votes. */
    public static final String ASSEMBLY = "assembly";
    /** Minutes of a civic check of a decision: the decision and concern, the trio drawn, its vote and finding. */
    public static final String OVERSIGHT = "oversight";

    /** Minutes of {@code kind} without a deliberation section (the body did not deliberate in the app). */
    public MinutesContent(String documentId, Locale locale, long caseId, String title, String topic, String region,
                          String outcome, String summary, String publishedBy, Instant publishedAt,
                          List<Dataset> datasets, List<Correlation> correlations, List<Scenario> scenarios,
                          List<ExpertReview> reviews, List<Veto> vetoes, Jury jury, Tally tally, String merkleRoot,
                          String auditLogHead, List<TimelineEntry> timeline, String kind) {
        this(documentId, locale, caseId, title, topic, region, outcome, summary, publishedBy, publishedAt, datasets,
                correlations, scenarios, reviews, vetoes, jury, tally, merkleRoot, auditLogHead, timeline, kind, null);
    }

    /** Minutes of a decision of the decision cycle. */
    public MinutesContent(String documentId, Locale locale, long caseId, String title, String topic, String region,
                          String outcome, String summary, String publishedBy, Instant publishedAt,
                          List<Dataset> datasets, List<Correlation> correlations, List<Scenario> scenarios,
                          List<ExpertReview> reviews, List<Veto> vetoes, Jury jury, Tally tally, String merkleRoot,
                          String auditLogHead, List<TimelineEntry> timeline) {
        this(documentId, locale, caseId, title, topic, region, outcome, summary, publishedBy, publishedAt, datasets,
                correlations, scenarios, reviews, vetoes, jury, tally, merkleRoot, auditLogHead, timeline, DECISION);
    }

    public MinutesContent {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(jury, "jury");
        Objects.requireNonNull(tally, "tally");
        datasets = List.copyOf(datasets);
        correlations = List.copyOf(correlations);
        scenarios = List.copyOf(scenarios);
        reviews = List.copyOf(reviews);
        vetoes = List.copyOf(vetoes);
        timeline = List.copyOf(timeline);
        kind = kind == null || kind.isBlank() ? DECISION : kind;
    }

    /** The same minutes with the body's deliberation section. */
    public MinutesContent withDeliberation(Deliberation section) {
        return new MinutesContent(documentId, locale, caseId, title, topic, region, outcome, summary, publishedBy,
                publishedAt, datasets, correlations, scenarios, reviews, vetoes, jury, tally, merkleRoot, auditLogHead,
                timeline, kind, section);
    }

    /**
     * How the body deliberated before it voted: the questions its members put to the experts and the answers, the
     * summaries its tables wrote, how many arguments were posted for and against each option (and by how many
     * members), the posts a clerk hid with the reason, and the reasons members gave for what must change, in random
     * order and linked to no member or ballot.
     */
    public record Deliberation(int tables, List<QuestionLine> questions, List<TableLine> tableSummaries,
                               List<ArgumentCount> arguments, List<HiddenPost> hidden, List<ReasonLine> reasons) {
        public Deliberation {
            questions = List.copyOf(questions);
            tableSummaries = List.copyOf(tableSummaries);
            arguments = List.copyOf(arguments);
            hidden = List.copyOf(hidden);
            reasons = List.copyOf(reasons);
        }
    }

    /** A question to the experts on an option, who asked it ("a member of table 3"), and the answer if given. */
    public record QuestionLine(String topic, String askedBy, String question, String answer, String answeredBy) {
    }

    /** The summary one table wrote of its reasons. */
    public record TableLine(int table, String summary) {
    }

    /** Arguments posted on one option: posts and distinct authors for and against, and questions between members. */
    public record ArgumentCount(String topic, int forPosts, int forAuthors, int againstPosts, int againstAuthors,
                                int questions) {
    }

    /** A post a clerk hid: on which option, by which pseudonym, and the reason, which stays public. */
    public record HiddenPost(String topic, String pseudonym, String reason) {
    }

    /** One member's reasons for what must change if the set is returned: the areas named and their words. */
    public record ReasonLine(String mustChange, String text) {
    }

    /** A data file the analysis used, identified by its SHA-256. */
    public record Dataset(String fileName, String sha256, long rows) {
    }

    /** A correlation between two indicators that the scenarios relied on. */
    public record Correlation(String indicatorA, String indicatorB, double r, double p, boolean significant) {
    }

    /** A scenario put before the jury (or vetoed before it), with its explanation and allocations. */
    public record Scenario(String label, String title, String explanation, List<Allocation> allocations,
                           boolean vetoed) {
        public Scenario {
            allocations = List.copyOf(allocations);
        }
    }

    /** One line of a scenario's resource plan, e.g. "North, wheat, import, 120 t". */
    public record Allocation(String region, String resource, String kind, double quantity, String unit) {
    }

    /** What an expert decided in a review round. */
    public enum ReviewDecision { APPROVE, ANNOTATE, RETURN }

    /** One expert's review of the scenario set in a given round. */
    public record ExpertReview(int round, String reviewerName, ReviewDecision decision, String notes) {
    }

    /** An ethics council veto of one scenario, with the published reason. */
    public record Veto(String scenarioLabel, String memberName, String reason) {
    }

    /** The jury: how it was drawn, how to re-run the draw, and its composition against quotas. */
    public record Jury(int size, String method, String seed, String rerunInstructions,
                       List<CompositionRow> composition) {
        public Jury {
            composition = List.copyOf(composition);
        }
    }

    /** How many jurors of one category value were targeted by the quotas and actually seated. */
    public record CompositionRow(String category, String value, int target, int actual) {
    }

    /**
     * The vote count and the rules it was decided by; {@code namedBallots} says whether the vote was named (open, each
     * member's choice published) or secret, which the minutes state.
     */
    public record Tally(int eligible, int ballots, double turnoutPercent, double quorumPercent,
                        boolean quorumMet, String decisionRule, String tieRule, List<OptionTotal> totals,
                        String winningOption, boolean namedBallots) {
        public Tally {
            totals = List.copyOf(totals);
        }

        /** A secret vote's count. */
        public Tally(int eligible, int ballots, double turnoutPercent, double quorumPercent, boolean quorumMet,
                     String decisionRule, String tieRule, List<OptionTotal> totals, String winningOption) {
            this(eligible, ballots, turnoutPercent, quorumPercent, quorumMet, decisionRule, tieRule, totals, winningOption,
                    false);
        }
    }

    /** Votes for one ballot option. */
    public record OptionTotal(String option, int votes) {
    }

    /** A dated step of the case's history. */
    public record TimelineEntry(Instant at, String stage, String text) {
    }
}

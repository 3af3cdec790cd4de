package org.rbe.governance.publication;

import java.time.Instant;
import java.util.Set;

/**
 * A published decision as the public sees it (the minutes PDF is fetched separately). {@code outcome} is an
 * outcome code ({@code REWORK}, {@code NO_QUORUM}) or, for an approved decision, the approved scenario's title.
 */
public record RegisterEntry(long caseId, String documentId, String title, String topic, String region, String outcome,
                           String summary, String publishedBy, Instant publishedAt, String minutesSha256,
                           boolean developmentKey) {

    /** The outcome kinds that {@link RegisterQuery#outcome()} filters by. */
    public static final Set<String> OUTCOME_KINDS = Set.of("APPROVED", "REWORK", "NO_QUORUM");

    /** {@code REWORK} or {@code NO_QUORUM} as recorded, else {@code APPROVED} (the outcome names the approved scenario). */
    public String outcomeKind() {
        return "REWORK".equals(outcome) || "NO_QUORUM".equals(outcome) ? outcome : "APPROVED";
    }
}

package org.rbe.governance.publication;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What the public looks for in the register; every part is optional (null or blank: no restriction) and the
 * parts combine with AND.
 *
 * @param text    contained in the title, topic, region or outcome (case-insensitive)
 * @param from    published on or after this day (UTC)
 * @param to      published on or before this day (UTC)
 * @param topic   exactly this topic
 * @param region  exactly this region
 * @param outcome an {@link RegisterEntry#outcomeKind() outcome kind}: {@code APPROVED}, {@code REWORK} or
 *                {@code NO_QUORUM}
 */
public record RegisterQuery(String text, LocalDate from, LocalDate to, String topic, String region, String outcome) {
    /** Every decision. */
    public static final RegisterQuery ALL = new RegisterQuery(null, null, null, null, null, null);

    public RegisterQuery {
        text = blankToNull(text);
        topic = blankToNull(topic);
        region = blankToNull(region);
        outcome = blankToNull(outcome) == null ? null : outcome.trim().toUpperCase(Locale.ROOT);
        if (from != null && to != null && to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
    }

    /** Decisions whose title, topic, region or outcome contain {@code text}. */
    public static RegisterQuery text(String text) {
        return new RegisterQuery(text, null, null, null, null, null);
    }

    public RegisterQuery withText(String value) {
        return new RegisterQuery(value, from, to, topic, region, outcome);
    }

    public RegisterQuery withDates(LocalDate fromDay, LocalDate toDay) {
        return new RegisterQuery(text, fromDay, toDay, topic, region, outcome);
    }

    public RegisterQuery withTopic(String value) {
        return new RegisterQuery(text, from, to, value, region, outcome);
    }

    public RegisterQuery withRegion(String value) {
        return new RegisterQuery(text, from, to, topic, value, outcome);
    }

    public RegisterQuery withOutcome(String value) {
        return new RegisterQuery(text, from, to, topic, region, value);
    }

    /** Whether the query restricts nothing. */
    public boolean isEmpty() {
        return equals(ALL);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

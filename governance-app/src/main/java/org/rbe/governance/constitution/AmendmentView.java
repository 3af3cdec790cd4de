package org.rbe.governance.constitution;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An amendment proposed in a review: {@code parameter} would take {@code proposedValue} (now {@code valueInForce})
 * from {@code effectiveFrom}. {@code outcome} is VETOED, ACCEPTED or REJECTED once known; {@code enactedFrom} is the
 * date an accepted amendment actually takes effect.
 */
public record AmendmentView(long id, long reviewId, int position, Parameter parameter, BigDecimal proposedValue,
                            BigDecimal valueInForce, LocalDate effectiveFrom, String rationale, String proposedBy,
                            Instant proposedAt, String vetoedBy, String vetoReason, Long voteId, String outcome,
                            Integer votesFor, Integer votesAgainst, Integer votesAbstain, Integer eligible,
                            LocalDate enactedFrom) {
    public static final String VETOED = "VETOED";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";
    /** The ballot options of the assembly's vote on an amendment ("return for rework" counts as abstaining). */
    public static final String FOR = "FOR";
    public static final String AGAINST = "AGAINST";

    public String label() {
        return "A" + position;
    }
}

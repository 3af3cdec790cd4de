package org.rbe.governance.assembly;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An annual civic assembly as anyone may see it. {@code stage} is CONVENED (drawn), VOTE or CLOSED; the results
 * ({@code averageRating} on a 1-5 scale, the votes on an extraordinary review) are set once the votes close.
 */
public record AssemblyView(long id, long caseNumber, LocalDate dueDate, String stage, Instant openedAt,
                           String processInstanceId, Long panelId, Long seed, Long ratingVoteId, Long reviewVoteId,
                           Instant voteDeadline, Double averageRating, Integer ratings, Integer reviewFor,
                           Integer reviewAgainst, Integer reviewBallots, Integer eligible, Boolean opensReview,
                           Long reviewId, String documentId, Instant concludedAt) {
    public static final String CONVENED = "CONVENED";
    public static final String VOTE = "VOTE";
    public static final String CLOSED = "CLOSED";
    /** The rating scale: 1 (works badly) to 5 (works very well). */
    public static final java.util.List<String> RATINGS = java.util.List.of("1", "2", "3", "4", "5");
    public static final String OPEN_REVIEW = "OPEN_REVIEW";
    public static final String NO_REVIEW = "NO_REVIEW";

    /** How people read it: "CA-3". */
    public String label() {
        return "CA-" + id;
    }
}

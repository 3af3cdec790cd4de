package org.rbe.governance.voting;

/**
 * Announces that a vote closed and its outcome: APPROVED, REWORK or NO_QUORUM; {@code namedBallots} says whether it
 * was a named (open) vote rather than a secret one.
 */
public record VoteClosed(long voteId, long caseId, String outcome, boolean namedBallots) {
    /** A secret vote's close. */
    public VoteClosed(long voteId, long caseId, String outcome) {
        this(voteId, caseId, outcome, false);
    }
}

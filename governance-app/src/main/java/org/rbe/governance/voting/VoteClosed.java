package org.rbe.governance.voting;

/** Announces that a vote closed and its outcome: APPROVED, REWORK or NO_QUORUM. */
public record VoteClosed(long voteId, long caseId, String outcome) {
}

package org.rbe.governance.voting;

/** Announces that a vote opened for a case. */
public record VoteOpened(long voteId, long caseId) {
}

package org.rbe.governance.voting;

/** Announces that a ballot was taken; it names neither the voter nor the option, to keep the ballot secret. */
public record BallotCast(long voteId) {
}

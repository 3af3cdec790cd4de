package org.rbe.governance.voting;

/**
 * Announces that one more member of the roll has voted (a first ballot; a re-vote changes no turnout and is announced
 * only by its {@link ReceiptRecorded}); it names neither the voter nor the option, to keep the ballot secret.
 */
public record BallotCast(long voteId) {
}

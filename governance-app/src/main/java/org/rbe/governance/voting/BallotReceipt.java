package org.rbe.governance.voting;

import java.time.Instant;

/** Proof for the voter that their ballot was taken: a SHA-256 over vote, voter, option and a secret nonce. */
public record BallotReceipt(long voteId, String receipt, Instant castAt) {
}

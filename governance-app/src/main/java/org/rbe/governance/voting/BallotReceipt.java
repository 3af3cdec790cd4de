package org.rbe.governance.voting;

import java.time.Instant;

/**
 * Proof for the voter that their ballot was taken: a SHA-256 commitment to the vote, the option and a secret nonce
 * (it names no voter). Once the vote closes, a counted receipt is a leaf of the vote's Merkle tree.
 */
public record BallotReceipt(long voteId, String receipt, Instant castAt) {
}

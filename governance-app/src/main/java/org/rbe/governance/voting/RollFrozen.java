package org.rbe.governance.voting;

/**
 * Announces the final roll of a closing vote: how many were eligible and voted, and SHA-256 digests of the roll and
 * of the participation list (citizen ids ascending, one per line), which the published result lists in full.
 */
public record RollFrozen(long voteId, long caseId, int eligible, int voted, String rollSha256, String participationSha256) {
}

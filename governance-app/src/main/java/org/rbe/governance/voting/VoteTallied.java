package org.rbe.governance.voting;

import java.util.Map;

/** Announces the tally of a vote as it closes, with the Merkle root over its final receipts. */
public record VoteTallied(long voteId, long caseId, String outcome, String winningOption, Map<String, Integer> totals,
                          int ballots, int eligible, boolean quorumMet, String merkleRoot) {
    public VoteTallied {
        totals = Map.copyOf(totals);
    }
}

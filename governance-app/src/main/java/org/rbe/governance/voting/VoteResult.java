package org.rbe.governance.voting;

import java.util.Map;

/**
 * The tally of a closed vote: every option with its total (zeros included, in ballot order), whether the
 * quorum was met, the outcome (APPROVED, REWORK or NO_QUORUM) and the rule that produced it.
 */
public record VoteResult(long voteId, int eligible, int ballots, boolean quorumMet, Map<String, Integer> totals,
                         String outcome, String winningOption, String ruleDescriptionEn, String ruleDescriptionRu) {
    public static final String APPROVED = "APPROVED";
    public static final String REWORK = "REWORK";
    public static final String NO_QUORUM = "NO_QUORUM";
}

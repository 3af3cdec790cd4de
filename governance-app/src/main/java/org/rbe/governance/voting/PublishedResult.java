package org.rbe.governance.voting;

import java.time.Instant;
import java.util.List;

/**
 * What a closed vote publishes: the tally, the Merkle root over the final receipts, the receipts in leaf order
 * (anyone can rebuild the root) and who took part (citizen ids, ascending); for named votes also each voter's choice.
 */
public record PublishedResult(long voteId, long caseId, Instant closedAt, VoteResult result, String merkleRoot,
                              List<String> receipts, List<Long> participants, boolean named, List<NamedBallot> namedBallots) {
    public PublishedResult {
        receipts = List.copyOf(receipts);
        participants = List.copyOf(participants);
        namedBallots = List.copyOf(namedBallots);
    }

    /** A voter's final choice in a named (open) vote. */
    public record NamedBallot(long citizenId, String option) {
    }
}

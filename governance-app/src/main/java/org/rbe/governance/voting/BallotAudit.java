package org.rbe.governance.voting;

import java.util.List;

/**
 * The result of re-checking a vote's stored ballots: every option still matches the receipt it was committed to, one
 * current ballot per voter on the roll, and (once closed) the Merkle root of the stored receipts equals the published
 * one. {@code problems} names each discrepancy; empty means intact.
 */
public record BallotAudit(long voteId, int ballotsChecked, List<String> problems) {
    public BallotAudit {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}

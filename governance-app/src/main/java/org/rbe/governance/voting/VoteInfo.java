package org.rbe.governance.voting;

import java.time.Instant;
import java.util.List;

/** A vote as anyone may see it at any time: options, deadline, rules, roll size and digest; no ballots, no tally. */
public record VoteInfo(long voteId, long caseId, long panelId, List<String> options, Instant openedAt, Instant deadline,
                       VoteRules rules, int eligible, String rollSha256, Instant closedAt) {
    public VoteInfo {
        options = List.copyOf(options);
    }

    public boolean closed() {
        return closedAt != null;
    }
}

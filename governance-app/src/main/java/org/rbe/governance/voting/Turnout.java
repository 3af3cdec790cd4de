package org.rbe.governance.voting;

import java.time.Instant;

/** How many on the roll have voted so far; public while the vote is open, unlike the tally. */
public record Turnout(int eligible, int voted, double percent, boolean allVoted, boolean closed, Instant deadline) {
}

package org.rbe.governance.review;

import java.util.List;

/** The experts' verdict on a round: returned when at least 2/3 of them voted to return. */
public record ReviewOutcome(int reviewers, int returns, boolean returned, List<String> notes) {
}

package org.rbe.governance.review;

import java.time.Instant;

/** One expert's assignment and, once made, their decision and notes (published). */
public record ReviewView(long caseId, int round, String reviewer, String reviewerName, long seed, String decision,
                         String notes, Instant decidedAt) {
}

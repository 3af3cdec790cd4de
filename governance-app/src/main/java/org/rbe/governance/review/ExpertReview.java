package org.rbe.governance.review;

import java.util.List;
import java.util.Set;

/** Draws reviewers from the technocrat roster, records their decisions and concludes a round. */
public interface ExpertReview {
    int PANEL_SIZE = 3;

    /**
     * Draws {@value #PANEL_SIZE} technocrats with {@code seed} (recorded), none of them a citizen in
     * {@code excludedCitizenIds} (those holding another role in the case), and returns their logins.
     */
    List<String> drawReviewers(long caseId, int round, long seed, Set<Long> excludedCitizenIds);

    /** Records a reviewer's decision: APPROVE, ANNOTATE or RETURN; notes are required for the latter two. */
    ReviewView record(long caseId, int round, String reviewer, String decision, String notes);

    ReviewOutcome conclude(long caseId, int round);

    List<ReviewView> reviews(long caseId);

    /** Everyone who was drawn to review this case in any round. */
    Set<String> reviewersOf(long caseId);
}

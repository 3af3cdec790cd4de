package org.rbe.governance.review;

import java.util.List;
import java.util.Set;
import org.rbe.governance.draws.AnnouncedDraws;
import org.rbe.governance.draws.DrawAnnouncement;

/** Draws reviewers from the technocrat roster, records their decisions and concludes a round. */
public interface ExpertReview {
    int PANEL_SIZE = 3;

    /**
     * Freezes the candidates for round {@code round}'s reviewers (the technocrats who are not a citizen in
     * {@code excludedCitizenIds}, those holding another role in the case) and announces their draw.
     */
    DrawAnnouncement announceReviewers(long caseId, int round, Set<Long> excludedCitizenIds);

    /**
     * Draws {@value #PANEL_SIZE} of the candidates announced with the seed the public values give (recorded, see
     * {@link ReviewersDrawn}) and returns their logins; refused as {@link AnnouncedDraws#reveal} refuses.
     */
    List<String> drawReviewers(long announcementId, int round, Set<Long> excludedCitizenIds, String publicValues);

    /** Records a reviewer's decision: APPROVE, ANNOTATE or RETURN; notes are required for the latter two. */
    ReviewView record(long caseId, int round, String reviewer, String decision, String notes);

    ReviewOutcome conclude(long caseId, int round);

    List<ReviewView> reviews(long caseId);

    /** Everyone who was drawn to review this case in any round. */
    Set<String> reviewersOf(long caseId);
}

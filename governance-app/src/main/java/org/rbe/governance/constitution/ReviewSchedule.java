package org.rbe.governance.constitution;

import java.time.LocalDate;

/**
 * When the next ordinary constitutional review falls due. The date is domain data: it moves only when a review that
 * it opened concludes (by the review interval in force then), never because a process version was deployed.
 */
public interface ReviewSchedule {
    LocalDate adoptedOn();

    LocalDate nextReviewDue();
}

package org.rbe.governance.appeals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.rbe.governance.appeals.Appeals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a day, opens the five-year reviews of isolation measures that have fallen due. */
@Component
@EnableScheduling
class DueReviewScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(DueReviewScheduler.class);
    private final Appeals appeals;

    private final Clock clock;
    DueReviewScheduler(Appeals appeals, Clock clock) {
        this.clock = clock;
        this.appeals = appeals;
    }

    @Scheduled(cron = "${governance.appeals.review-check-cron:0 20 3 * * *}", zone = "UTC")
    void openDueReviews() {
        int opened = appeals.openDueIsolationReviews(LocalDate.now(clock));
        if (opened > 0) {
            LOG.info("Opened {} five-year review(s) of isolation measures", opened);
        }
    }
}

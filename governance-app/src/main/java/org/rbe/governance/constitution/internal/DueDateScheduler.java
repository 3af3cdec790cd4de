package org.rbe.governance.constitution.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.rbe.governance.constitution.ConstitutionalReviews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a day, opens the ordinary constitutional review when its due date (kept in the domain) has come. */
@Component
@EnableScheduling
class DueDateScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(DueDateScheduler.class);
    private final ConstitutionalReviews reviews;

    private final Clock clock;
    DueDateScheduler(ConstitutionalReviews reviews, Clock clock) {
        this.clock = clock;
        this.reviews = reviews;
    }

    @Scheduled(cron = "${governance.constitution.due-check-cron:0 10 3 * * *}", zone = "UTC")
    void openIfDue() {
        reviews.openIfDue(LocalDate.now(clock))
                .ifPresent(r -> LOG.info("Constitutional review {} opened: due on {}", r.id(), r.dueDate()));
    }
}

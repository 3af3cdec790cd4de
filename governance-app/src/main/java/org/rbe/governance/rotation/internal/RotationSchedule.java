package org.rbe.governance.rotation.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the rosters on first start (after the logins exist), then each day reminds holders whose term ends within
 * {@code governance.rotation.remind-days} and, unless {@code governance.rotation.scheduled} is false, rotates the
 * offices whose terms are over.
 */
@Component
@EnableScheduling
class RotationSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(RotationSchedule.class);
    private final OfficeRosters rosters;
    private final int remindDays;
    private final boolean scheduled;

    RotationSchedule(OfficeRosters rosters, @Value("${governance.rotation.remind-days:30}") int remindDays,
                     @Value("${governance.rotation.scheduled:true}") boolean scheduled) {
        this.rosters = rosters;
        this.remindDays = remindDays;
        this.scheduled = scheduled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    public void seed() {
        rosters.seedIfEmpty(rosters.today());
    }

    @Scheduled(cron = "${governance.rotation.cron:0 30 3 * * *}", zone = "UTC")
    void daily() {
        int reminded = rosters.remind(rosters.today(), remindDays).size();
        int rotated = scheduled ? rosters.rotate(rosters.today()).size() : 0;
        if (reminded + rotated > 0) {
            LOG.info("Rotation: {} reminder(s) sent, {} office(s) rotated", reminded, rotated);
        }
    }
}

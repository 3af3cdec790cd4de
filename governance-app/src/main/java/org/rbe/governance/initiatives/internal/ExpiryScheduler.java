package org.rbe.governance.initiatives.internal;

import org.rbe.governance.initiatives.Initiatives;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each night, closes the initiatives whose collection window ended without enough supporters. */
@Component
@EnableScheduling
class ExpiryScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiryScheduler.class);
    private final Initiatives initiatives;

    ExpiryScheduler(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Scheduled(cron = "${governance.initiatives.expiry-cron:0 30 3 * * *}", zone = "UTC")
    void expireDue() {
        int expired = initiatives.expireDue();
        if (expired > 0) {
            LOG.info("{} initiative(s) expired without enough supporters", expired);
        }
    }
}

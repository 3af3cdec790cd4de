package org.rbe.governance.minutes.internal;

import org.rbe.governance.minutes.MinutesPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the application is ready, opens the signing key (so the development key is generated on first start, not on
 * the first publication) and warms the renderer and signer in a background thread, so that the clerk's first
 * minutes take as long as any other. {@code governance.minutes.warm-up=false} turns it off.
 */
@Component
class MinutesWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(MinutesWarmUp.class);
    private final MinutesPublisher publisher;
    private final boolean enabled;

    MinutesWarmUp(MinutesPublisher publisher, @Value("${governance.minutes.warm-up:true}") boolean enabled) {
        this.publisher = publisher;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                LOG.info("Minutes renderer and signing key ready in {} ms", publisher.warmUp());
            } catch (RuntimeException e) {
                LOG.warn("The minutes could not be prepared at start; the first publication will say why: {}",
                        e.getMessage());
            }
        }, "minutes-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}

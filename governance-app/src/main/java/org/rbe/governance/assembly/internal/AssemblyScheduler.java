package org.rbe.governance.assembly.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.rbe.governance.assembly.CivicAssemblies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a day, convenes the annual civic assembly when its due date (kept in the domain) has come. */
@Component
@EnableScheduling
class AssemblyScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(AssemblyScheduler.class);
    private final CivicAssemblies assemblies;

    private final Clock clock;
    AssemblyScheduler(CivicAssemblies assemblies, Clock clock) {
        this.clock = clock;
        this.assemblies = assemblies;
    }

    @Scheduled(cron = "${governance.assembly.due-check-cron:0 20 3 * * *}", zone = "UTC")
    void conveneIfDue() {
        assemblies.conveneIfDue(LocalDate.now(clock))
                .ifPresent(a -> LOG.info("Civic assembly {} convened: due on {}", a.id(), a.dueDate()));
    }
}

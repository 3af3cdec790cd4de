package org.rbe.governance.shared;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application: every decision about dates and deadlines (terms, appeal deadlines, due reviews,
 * vote deadlines, timestamps in the record) reads the time from this bean, in UTC. Tests replace it with a clock they
 * pin and move; nothing in domain code reads the machine's calendar directly.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The machine's time, for what is checked against other parties' calendars rather than decided by the domain:
     * the validity period of a generated certificate. Never for a date or deadline of the domain.
     */
    public static Instant machineInstant() {
        return Clock.systemUTC().instant();
    }
}

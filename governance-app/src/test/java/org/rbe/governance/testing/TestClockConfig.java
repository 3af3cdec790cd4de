package org.rbe.governance.testing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Puts a {@link MovableClock} in place of the application's clock in every Spring test context. */
@Configuration(proxyBeanMethods = false)
public class TestClockConfig {
    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}

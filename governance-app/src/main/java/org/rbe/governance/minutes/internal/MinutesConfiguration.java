package org.rbe.governance.minutes.internal;

import java.nio.file.Path;

import org.rbe.governance.minutes.MinutesSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Binds the {@code governance.minutes.*} settings; the keystore password may also come from the
 * environment variable {@code GOVERNANCE_MINUTES_KEYSTORE_PASSWORD}, the timestamp authority's from
 * {@code GOVERNANCE_MINUTES_TSA_PASSWORD}.
 */
@Configuration(proxyBeanMethods = false)
public class MinutesConfiguration {

    @Bean
    MinutesSettings minutesSettings(Environment environment) {
        return settings(environment);
    }

    /** The settings as these properties give them; also used by {@code minutes-verify} without a Spring context. */
    static MinutesSettings settings(Environment env) {
        return new MinutesSettings(env.getProperty("governance.minutes.keystore.path", ""),
                env.getProperty("governance.minutes.keystore.password", ""),
                env.getProperty("governance.minutes.key-alias", ""),
                env.getProperty("governance.minutes.location", "Governance register"),
                Path.of(env.getProperty("governance.minutes.dev-keystore-path", "./data/dev-signing.p12")),
                env.getProperty("governance.minutes.tsa-url", ""),
                env.getProperty("governance.minutes.tsa-user", ""),
                env.getProperty("governance.minutes.tsa-password", ""));
    }
}

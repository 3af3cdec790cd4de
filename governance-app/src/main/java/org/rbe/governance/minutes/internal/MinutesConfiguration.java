package org.rbe.governance.minutes.internal;

import java.nio.file.Path;

import org.rbe.governance.minutes.MinutesSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the {@code governance.minutes.*} settings; the keystore password may also come from the
 * environment variable {@code GOVERNANCE_MINUTES_KEYSTORE_PASSWORD}, the timestamp authority's from
 * {@code GOVERNANCE_MINUTES_TSA_PASSWORD}.
 */
@Configuration(proxyBeanMethods = false)
public class MinutesConfiguration {

    @Bean
    MinutesSettings minutesSettings(@Value("${governance.minutes.keystore.path:}") String keystorePath,
                                    @Value("${governance.minutes.keystore.password:}") String keystorePassword,
                                    @Value("${governance.minutes.key-alias:}") String keyAlias,
                                    @Value("${governance.minutes.location:Governance register}") String location,
                                    @Value("${governance.minutes.dev-keystore-path:./data/dev-signing.p12}")
                                    String devKeystorePath,
                                    @Value("${governance.minutes.tsa-url:}") String tsaUrl,
                                    @Value("${governance.minutes.tsa-user:}") String tsaUser,
                                    @Value("${governance.minutes.tsa-password:}") String tsaPassword) {
        return new MinutesSettings(keystorePath, keystorePassword, keyAlias, location, Path.of(devKeystorePath), tsaUrl,
                tsaUser, tsaPassword);
    }
}

package org.rbe.governance.minutes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.rbe.governance.minutes.MinutesSettings;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The governance.minutes.* settings as the application binds them (no network: nothing is signed here). */
class MinutesConfigurationTests {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(MinutesConfiguration.class);

    @Test
    void aTimestampAuthorityIsConfiguredWithItsCredentials() {
        context.withPropertyValues("governance.minutes.tsa-url=https://tsa.example.org/tsr",
                        "governance.minutes.tsa-user=register", "governance.minutes.tsa-password=secret")
                .run(app -> {
                    MinutesSettings settings = app.getBean(MinutesSettings.class);
                    assertThat(settings.hasTimestampAuthority()).isTrue();
                    assertThat(settings.tsaUrl()).isEqualTo("https://tsa.example.org/tsr");
                    assertThat(settings.tsaUser()).isEqualTo("register");
                    assertThat(settings.tsaPassword()).isEqualTo("secret");
                    assertThat(settings.toString()).doesNotContain("secret");
                    TimestampAuthorityClient client = new TimestampAuthorityClient(settings.tsaUrl(), settings.tsaUser(),
                            settings.tsaPassword());
                    assertThat(client.url()).isEqualTo("https://tsa.example.org/tsr");
                    assertThat(client.getTokenSizeEstimate()).isGreaterThanOrEqualTo(8192);
                });
    }

    @Test
    void withoutATimestampAuthoritySignaturesStayBB() {
        context.withPropertyValues("governance.minutes.tsa-url= ", "governance.minutes.dev-keystore-path=/tmp/x.p12")
                .run(app -> {
                    MinutesSettings settings = app.getBean(MinutesSettings.class);
                    assertThat(settings.hasTimestampAuthority()).isFalse();
                    assertThat(settings.hasConfiguredKeystore()).isFalse();
                    assertThat(settings.devKeystorePath()).isEqualTo(Path.of("/tmp/x.p12"));
                });
    }
}

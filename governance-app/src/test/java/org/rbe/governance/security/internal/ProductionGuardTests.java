package org.rbe.governance.security.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The demo and the development key stay out of production: the start stops with a message that says what to do. */
class ProductionGuardTests {

    @Test
    void theDemoIsRefusedWithTheProductionOrThePostgresProfile() {
        for (String profile : ProductionGuard.REFUSING_DEMO) {
            MockEnvironment env = new MockEnvironment().withProperty("governance.demo.enabled", "true")
                    .withProperty("governance.minutes.keystore.path", "/etc/governance/register.p12");
            withPublicRandomness(env);
            env.setActiveProfiles(profile);
            assertThatThrownBy(() -> new ProductionGuard(env, null).afterPropertiesSet())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("governance.demo.enabled=true")
                    .hasMessageContaining(profile);
            env.setProperty("governance.demo.enabled", "false");
            assertThatCode(() -> new ProductionGuard(env, null).afterPropertiesSet()).doesNotThrowAnyException();
        }
        MockEnvironment h2 = new MockEnvironment().withProperty("governance.demo.enabled", "true");
        assertThatCode(() -> new ProductionGuard(h2, null).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void productionWithoutTheRegistersSigningKeyDoesNotStart() {
        MockEnvironment env = new MockEnvironment().withProperty("governance.demo.enabled", "false");
        env.setActiveProfiles("production");
        assertThatThrownBy(() -> new ProductionGuard(env, null).afterPropertiesSet())
                .hasMessageContaining("governance.minutes.keystore.path");
    }

    @Test
    void productionRefusesHttpBasicForAccountsWithASecondFactor() {
        MockEnvironment env = new MockEnvironment().withProperty("governance.demo.enabled", "false")
                .withProperty("governance.minutes.keystore.path", "/etc/governance/register.p12")
                .withProperty("governance.security.api-basic-for-two-factor-accounts", "true");
        withPublicRandomness(env);
        env.setActiveProfiles("production");
        assertThatThrownBy(() -> new ProductionGuard(env, null).afterPropertiesSet())
                .hasMessageContaining("api-basic-for-two-factor-accounts");
        env.setProperty("governance.security.api-basic-for-two-factor-accounts", "false");
        assertThatCode(() -> new ProductionGuard(env, null).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void productionNeedsAPublicSourceOfRandomnessEnteredAfterTheAnnouncement() {
        MockEnvironment env = new MockEnvironment().withProperty("governance.demo.enabled", "false")
                .withProperty("governance.minutes.keystore.path", "/etc/governance/register.p12");
        env.setActiveProfiles("production");
        assertThatThrownBy(() -> new ProductionGuard(env, null).afterPropertiesSet())
                .hasMessageContaining("governance.draws.randomness-source");
        withPublicRandomness(env);
        env.setProperty("governance.draws.reveal-after", "10s");
        assertThatThrownBy(() -> new ProductionGuard(env, null).afterPropertiesSet())
                .hasMessageContaining("governance.draws.reveal-after=PT10S");
        env.setProperty("governance.draws.reveal-after", "15m");
        assertThatCode(() -> new ProductionGuard(env, null).afterPropertiesSet()).doesNotThrowAnyException();
    }

    private static void withPublicRandomness(MockEnvironment env) {
        env.setProperty("governance.draws.randomness-source", "the first drand quicknet round at or after the stated time");
        env.setProperty("governance.draws.reveal-after", "15m");
    }
}

package org.rbe.governance.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rbe.governance.testing.MovableClock;

/** Failed logins slow down, then are refused for a while that grows, per account and per address; success clears. */
class LoginThrottleTests {
    private final MovableClock clock = new MovableClock().frozen();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aFewFailuresCostNothingThenEachWaitsLongerThenTheAccountIsRefusedForAMinute() {
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            assertThat(throttle.check("clerk2", "10.0.0.1").delay()).isZero();
            throttle.failed("clerk2", "10.0.0.1");
        }
        Duration previous = Duration.ZERO;
        for (int i = LoginThrottle.FREE; i < LoginThrottle.BLOCK_AT; i++) {
            LoginThrottle.Verdict v = throttle.check("clerk2", "10.0.0.1");
            assertThat(v.refused()).isFalse();
            assertThat(v.delay()).isGreaterThan(previous).isLessThanOrEqualTo(LoginThrottle.MAX_DELAY);
            previous = v.delay();
            throttle.failed("clerk2", "10.0.0.1");
        }
        LoginThrottle.Verdict blocked = throttle.check("CLERK2 ", "10.0.0.9");
        assertThat(blocked.refused()).isTrue();
        assertThat(blocked.retryAfterSeconds()).isEqualTo(60);
        // Another account from the same address is not blocked by one account's failures.
        assertThat(throttle.check("clerk1", "10.0.0.1").refused()).isFalse();

        clock.moveTo(clock.instant().plusSeconds(61));
        assertThat(throttle.check("clerk2", "10.0.0.1").refused()).isFalse();
        throttle.failed("clerk2", "10.0.0.1");
        assertThat(throttle.check("clerk2", "10.0.0.1").retryAfterSeconds()).isEqualTo(120);
        clock.moveTo(clock.instant().plusSeconds(121));
        throttle.succeeded("clerk2");
        assertThat(throttle.check("clerk2", "10.0.0.1").delay()).isZero();
    }

    @Test
    void theBlockNeverLastsLongerThanFifteenMinutesAndOldFailuresAreForgotten() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("ethics1", "10.0.0.2");
        }
        assertThat(throttle.check("ethics1", "10.0.0.3").retryAfter()).isEqualTo(LoginThrottle.MAX_BLOCK);
        clock.moveTo(clock.instant().plus(LoginThrottle.MAX_BLOCK).plusSeconds(1));
        assertThat(throttle.check("ethics1", "10.0.0.3").refused()).isFalse();
        assertThat(throttle.check("ethics1", "10.0.0.3").delay()).isZero();
    }

    @Test
    void oneAddressGuessingManyAccountsIsRefusedToo() {
        for (int i = 0; i < LoginThrottle.BLOCK_AT * LoginThrottle.ADDRESS_FACTOR; i++) {
            throttle.failed("citizen" + i, "203.0.113.7");
        }
        assertThat(throttle.check("someone-new", "203.0.113.7").refused()).isTrue();
        assertThat(throttle.check("someone-new", "203.0.113.8").refused()).isFalse();
    }
}

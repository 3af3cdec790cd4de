package org.rbe.governance.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down and then refuses repeated failed logins, per account and per client address, on the login form and on
 * HTTP Basic alike. After {@link #FREE} failures each further one waits a little longer (up to {@link #MAX_DELAY});
 * from {@link #BLOCK_AT} failures on the account (or {@link #ADDRESS_FACTOR} times as many from one address, as kiosks
 * share one) logins are refused for a minute, doubling per further failure up to {@link #MAX_BLOCK}, so that an
 * attacker gets a few guesses an hour while the real owner waits minutes, not days. Failures older than
 * {@link #WINDOW} are forgotten; a successful login clears the account's count. Counts live in this node's memory.
 */
@Component
class LoginThrottle {
    static final int FREE = 3;
    static final int BLOCK_AT = 10;
    static final int ADDRESS_FACTOR = 5;
    static final Duration MAX_DELAY = Duration.ofSeconds(2);
    static final Duration MAX_BLOCK = Duration.ofMinutes(15);
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** The answer to one attempt: refuse it for {@code retryAfter}, or go on after waiting {@code delay}. */
    record Verdict(Duration retryAfter, Duration delay) {
        boolean refused() {
            return !retryAfter.isZero();
        }

        /** Whole seconds for a {@code Retry-After} header, at least 1. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private record Failures(int count, long lastMillis) {
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether an attempt for {@code username} from {@code address} may go on now, and after what delay. */
    Verdict check(String username, String address) {
        long now = clock.millis();
        Failures ofAccount = failures(accountKey(username), now);
        Failures ofAddress = failures(addressKey(address), now);
        Duration account = blockLeft(ofAccount, BLOCK_AT, now);
        Duration client = blockLeft(ofAddress, BLOCK_AT * ADDRESS_FACTOR, now);
        Duration retry = account.compareTo(client) >= 0 ? account : client;
        if (!retry.isZero()) {
            return new Verdict(retry, Duration.ZERO);
        }
        int count = Math.max(ofAccount.count(), ofAddress.count() / ADDRESS_FACTOR);
        Duration delay = count < FREE ? Duration.ZERO
                : Duration.ofMillis(Math.min(MAX_DELAY.toMillis(), 250L * (count - FREE + 1)));
        return new Verdict(Duration.ZERO, delay);
    }

    void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED) {
            long now = clock.millis();
            failures.values().removeIf(f -> now - f.lastMillis() > WINDOW.toMillis());
        }
        long now = clock.millis();
        failures.merge(accountKey(username), new Failures(1, now), (a, b) -> new Failures(fresh(a, now).count() + 1, now));
        failures.merge(addressKey(address), new Failures(1, now), (a, b) -> new Failures(fresh(a, now).count() + 1, now));
    }

    void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private Failures failures(String key, long now) {
        Failures f = failures.get(key);
        return f == null ? new Failures(0, 0) : fresh(f, now);
    }

    private static Failures fresh(Failures f, long now) {
        return now - f.lastMillis() > WINDOW.toMillis() ? new Failures(0, 0) : f;
    }

    private static Duration blockLeft(Failures f, int blockAt, long now) {
        if (f.count() < blockAt) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count() - blockAt, 4);
        long block = Math.min(MAX_BLOCK.toMillis(), Duration.ofMinutes(1).toMillis() << doublings);
        long left = f.lastMillis() + block - now;
        return left > 0 ? Duration.ofMillis(left) : Duration.ZERO;
    }

    private static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}

package org.rbe.governance.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The clock of every Spring test: it ticks, but from a pinned start (by default a 31st, 09:00 UTC), so that no test
 * depends on the machine's calendar. Tests move it to the dates they need (the 31st of a month, 29 February, 31
 * December) and {@link #reset} it afterwards. Camunda's own clock follows it, so timers and task dates agree.
 */
public final class MovableClock extends Clock {
    /** A 31st: terms of one month and 30-day windows disagree on such a day. */
    public static final Instant DEFAULT_START = Instant.parse("2027-01-31T09:00:00Z");
    /** The machine's clock this one ticks with, shifted by {@link #offset}. */
    private final Clock machine = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;

    public MovableClock() {
        reset();
    }

    /** From now on the clock reads {@code start}, then ticks on. */
    public void moveTo(Instant start) {
        offset = Duration.between(machine.instant(), start);
        ClockUtil.offset(offset.toMillis());
    }

    /** To 09:00 UTC of {@code day}. */
    public void moveTo(LocalDate day) {
        moveTo(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    public void reset() {
        moveTo(DEFAULT_START);
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public Instant instant() {
        return machine.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}

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
    /** Set by {@link #frozen}: the clock then reads this until moved, and does not tick. */
    private volatile Instant stopped;

    public MovableClock() {
        reset();
    }

    /**
     * This clock, stopped: it reads the same instant until a test moves it, for unit tests that compare durations to
     * the millisecond. (Camunda's clock is not stopped.)
     */
    public MovableClock frozen() {
        stopped = instant();
        return this;
    }

    /** From now on the clock reads {@code start}, then ticks on (or stays there when {@link #frozen}). */
    public void moveTo(Instant start) {
        if (stopped != null) {
            stopped = start;
        }
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
        Instant still = stopped;
        return still != null ? still : machine.instant().plus(offset);
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

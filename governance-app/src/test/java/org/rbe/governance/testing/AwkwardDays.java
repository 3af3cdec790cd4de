package org.rbe.governance.testing;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Days on which calendar arithmetic goes wrong: the 31st of a month (a month is not 30 days), 29 February of a leap
 * year (a year later there is none) and 31 December (the year turns). Date-dependent tests run on each of them with
 * {@code @MethodSource("org.rbe.governance.testing.AwkwardDays#days")} and {@link MovableClock#moveTo(LocalDate)}.
 */
public final class AwkwardDays {
    private AwkwardDays() {
    }

    public static Stream<LocalDate> days() {
        return Stream.of(LocalDate.of(2027, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2027, 12, 31),
                LocalDate.of(2027, 5, 31));
    }
}

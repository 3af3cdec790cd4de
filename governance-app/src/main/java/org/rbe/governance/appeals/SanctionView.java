package org.rbe.governance.appeals;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A sanction and where it stands: {@code status} is ACTIVE, SUSPENDED (an appeal is pending and its level suspends
 * the measure), UPHELD, MODIFIED or LIFTED; {@code currentMeasure} is what applies now; {@code reviewDue} is the date
 * an isolation measure upheld on appeal is reviewed again.
 */
public record SanctionView(long id, long citizenId, String citizenName, String ruleCode, String ruleText, int level,
                           String measure, boolean isolation, String evidence, LocalDate imposedOn, String imposedBy,
                           LocalDate appealDeadline, String status, String currentMeasure, LocalDate reviewDue,
                           Instant createdAt) {
    public static final String ACTIVE = "ACTIVE";
    public static final String SUSPENDED = "SUSPENDED";
    public static final String UPHELD = "UPHELD";
    public static final String MODIFIED = "MODIFIED";
    public static final String LIFTED = "LIFTED";

    /** Whether the measure applies now (it does unless suspended by a pending appeal or lifted). */
    public boolean inForce() {
        return !SUSPENDED.equals(status) && !LIFTED.equals(status);
    }
}

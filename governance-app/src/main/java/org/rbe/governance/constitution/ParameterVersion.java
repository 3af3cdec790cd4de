package org.rbe.governance.constitution;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One value a parameter took, from {@code effectiveFrom} until the next version's date. {@code source} is FOUNDING
 * for the constitution's own values and AMENDMENT for values a review accepted ({@code reference} names it).
 */
public record ParameterVersion(Parameter parameter, BigDecimal value, LocalDate effectiveFrom, String source,
                               String reference, Instant recordedAt) {
    public static final String FOUNDING = "FOUNDING";
    public static final String AMENDMENT = "AMENDMENT";
}

package org.rbe.governance.constitution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The constitutional parameters in force on one date. */
public record ParameterSet(LocalDate date, Map<Parameter, BigDecimal> values) {
    public ParameterSet {
        EnumMap<Parameter, BigDecimal> copy = new EnumMap<>(Parameter.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    public BigDecimal value(Parameter parameter) {
        BigDecimal value = values.get(parameter);
        if (value == null) {
            throw new IllegalStateException("No value of " + parameter.key() + " is in force on " + date);
        }
        return value;
    }

    /** A whole-number parameter (people, days, months, years, votes). */
    public int count(Parameter parameter) {
        return value(parameter).intValueExact();
    }

    /** A share between 0 and 1. */
    public double share(Parameter parameter) {
        return value(parameter).doubleValue();
    }
}

package org.rbe.governance.constitution;

import java.math.BigDecimal;
import org.rbe.governance.testing.MovableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The constitution's founding norms (those of the V13 migration that plain unit tests need) in memory, with
 * amendments a test adds from a date: for tests of modules that read the parameters without a database.
 */
public class FoundingConstitution implements ConstitutionalParameters {
    public static final LocalDate ADOPTED = LocalDate.of(2025, 1, 1);
    private final List<ParameterVersion> versions = new ArrayList<>();

    public FoundingConstitution() {
        Map<Parameter, Number> founding = new EnumMap<>(Parameter.class);
        founding.put(Parameter.WATER_LITRES_PER_DAY, 50);
        founding.put(Parameter.FOOD_KCAL_PER_DAY, 3000);
        founding.put(Parameter.HOUSING_M2_PER_ADULT, 25);
        founding.put(Parameter.HOUSING_M2_PER_CHILD, 10);
        founding.put(Parameter.JURY_SIZE, 500);
        founding.put(Parameter.JURY_QUORUM, 0.5);
        founding.forEach((p, v) -> versions.add(new ParameterVersion(p, new BigDecimal(v.toString()), ADOPTED,
                ParameterVersion.FOUNDING, "founding", ADOPTED.atStartOfDay().toInstant(ZoneOffset.UTC))));
    }

    /** {@code parameter} takes {@code value} from {@code from} on. */
    public FoundingConstitution amend(Parameter parameter, String value, LocalDate from) {
        versions.add(new ParameterVersion(parameter, new BigDecimal(value), from, ParameterVersion.AMENDMENT, "test",
                MovableClock.DEFAULT_START));
        return this;
    }

    @Override
    public ParameterSet inForce(LocalDate date) {
        Map<Parameter, BigDecimal> values = new EnumMap<>(Parameter.class);
        versions.stream().filter(v -> !v.effectiveFrom().isAfter(date))
                .sorted(Comparator.comparing(ParameterVersion::effectiveFrom))
                .forEach(v -> values.put(v.parameter(), v.value()));
        return new ParameterSet(date, values);
    }

    @Override
    public ParameterSet current() {
        return inForce(LocalDate.ofInstant(MovableClock.DEFAULT_START, ZoneOffset.UTC));
    }

    @Override
    public List<ParameterVersion> history(Parameter parameter) {
        return versions.stream().filter(v -> v.parameter() == parameter)
                .sorted(Comparator.comparing(ParameterVersion::effectiveFrom)).toList();
    }

    @Override
    public List<ParameterVersion> versions() {
        return List.copyOf(versions);
    }
}

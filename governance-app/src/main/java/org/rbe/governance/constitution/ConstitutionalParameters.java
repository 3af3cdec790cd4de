package org.rbe.governance.constitution;

import java.time.LocalDate;
import java.util.List;

/**
 * The constitutional parameters as data with history. Processes and the scenario model read the set in force on the
 * date that matters to them; values change only through an accepted amendment, from the date it states.
 */
public interface ConstitutionalParameters {
    /** The values in force on {@code date}: for each parameter, the latest version effective on or before it. */
    ParameterSet inForce(LocalDate date);

    /** The values in force today (UTC). */
    ParameterSet current();

    /** Every version of one parameter, oldest first (scheduled future versions included). */
    List<ParameterVersion> history(Parameter parameter);

    /** Every version of every parameter, by parameter then date. */
    List<ParameterVersion> versions();
}

package org.rbe.governance.assembly;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The annual civic assemblies: when the next one is due, convening it, and what each one decided. */
public interface CivicAssemblies {
    /** When the next assembly falls due; domain data, moved on a year only when the assembly it convened closes. */
    LocalDate nextDue();

    /** Convenes the assembly when {@code today} has reached the due date and it is not convened yet (system). */
    Optional<AssemblyView> conveneIfDue(LocalDate today);

    AssemblyView get(long assemblyId);

    /** Every assembly, newest first. */
    List<AssemblyView> all();
}

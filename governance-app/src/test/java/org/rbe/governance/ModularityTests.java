package org.rbe.governance;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their APIs and form no cycles; their diagrams are written to target/spring-modulith-docs. */
class ModularityTests {

    private static final ApplicationModules modules = ApplicationModules.of(GovernanceApplication.class);

    @Test
    void modulesUseOnlyEachOthersApisWithoutCycles() {
        modules.verify();
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}

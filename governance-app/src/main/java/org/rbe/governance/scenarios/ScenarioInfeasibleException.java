package org.rbe.governance.scenarios;

import org.rbe.governance.shared.UserFacingException;

/**
 * No plan can meet the constitutional floors with the resources in the data. Rather than propose a
 * plan that breaks a floor, the generator refuses and names each region, norm and shortfall
 * (argument 0 is the English list, argument 1 the Russian list).
 */
public class ScenarioInfeasibleException extends UserFacingException {
    public ScenarioInfeasibleException(String shortfallsEn, String shortfallsRu) {
        super("scenarios.error.infeasible", shortfallsEn, shortfallsRu);
    }
}

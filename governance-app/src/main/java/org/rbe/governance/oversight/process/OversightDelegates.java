package org.rbe.governance.oversight.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rbe.governance.draws.DrawStep;
import org.rbe.governance.oversight.OversightSteps;
import org.rbe.governance.proceedings.MinutesStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates named in {@code civic-oversight.bpmn}: each reads process variables, calls one step and writes
 * variables back. No business rule lives here.
 */
@Configuration
class OversightDelegates {
    static final String KIND = "oversight-trio";

    @Bean
    DrawStep oversightTrioDrawStep(OversightSteps steps) {
        return DrawStep.of(KIND, v -> steps.announceTrio(DrawStep.number(v, "oversightId")),
                (v, id, values) -> Map.of("panelId", steps.drawTrio(DrawStep.number(v, "oversightId"), id, values)));
    }

    @Bean
    JavaDelegate openOversightFindingDelegate(OversightSteps steps) {
        return ex -> ex.setVariable("voteDeadline", java.util.Date.from(steps.openFinding(checkId(ex))));
    }

    @Bean
    JavaDelegate closeOversightFindingDelegate(OversightSteps steps) {
        return ex -> ex.setVariable("finding", steps.closeFinding(checkId(ex)));
    }

    @Bean
    MinutesStep oversightMinutesStep(OversightSteps steps) {
        return MinutesStep.of(KIND, v -> steps.signMinutes(DrawStep.number(v, "oversightId")),
                (v, signed) -> steps.publish(DrawStep.number(v, "oversightId"), signed));
    }

    @Bean
    JavaDelegate concludeOversightDelegate(OversightSteps steps) {
        return ex -> steps.conclude(checkId(ex));
    }

    private static long checkId(DelegateExecution ex) {
        return ((Number) ex.getVariable("oversightId")).longValue();
    }
}

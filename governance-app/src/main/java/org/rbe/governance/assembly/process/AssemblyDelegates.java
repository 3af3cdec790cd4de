package org.rbe.governance.assembly.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rbe.governance.assembly.AssemblySteps;
import org.rbe.governance.proceedings.MinutesStep;
import java.util.Map;
import org.rbe.governance.draws.DrawStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates named in {@code civic-assembly.bpmn}: each reads process variables, calls one step and writes
 * variables back. No business rule lives here.
 */
@Configuration
class AssemblyDelegates {
    @Bean
    DrawStep civicAssemblyDrawStep(AssemblySteps steps) {
        return DrawStep.of("civic-assembly", v -> steps.announceAssembly(DrawStep.number(v, "assemblyId")),
                (v, id, values) -> Map.of("panelId", steps.drawAssembly(DrawStep.number(v, "assemblyId"), id, values)));
    }

    @Bean
    JavaDelegate openCivicVotesDelegate(AssemblySteps steps) {
        return ex -> ex.setVariable("voteDeadline", java.util.Date.from(steps.openVotes(assemblyId(ex))));
    }

    @Bean
    JavaDelegate closeCivicVotesDelegate(AssemblySteps steps) {
        return ex -> ex.setVariable("opensReview", steps.closeVotes(assemblyId(ex)));
    }

    @Bean
    JavaDelegate openExtraordinaryReviewDelegate(AssemblySteps steps) {
        return ex -> ex.setVariable("extraordinaryReviewId", steps.openReview(assemblyId(ex)));
    }

    @Bean
    MinutesStep civicAssemblyMinutesStep(AssemblySteps steps) {
        return MinutesStep.of("civic-assembly", v -> steps.signMinutes(DrawStep.number(v, "assemblyId")),
                (v, signed) -> steps.publish(DrawStep.number(v, "assemblyId"), signed));
    }

    @Bean
    JavaDelegate closeCivicAssemblyDelegate(AssemblySteps steps) {
        return ex -> steps.closeAssembly(assemblyId(ex));
    }

    private static long assemblyId(DelegateExecution ex) {
        return ((Number) ex.getVariable("assemblyId")).longValue();
    }
}

package org.rbe.governance.assembly.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.rbe.governance.assembly.AssemblySteps;
import org.rbe.governance.assembly.AssemblySteps.SignedAssemblyMinutes;
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
    static final String SIGNED_MINUTES = "assemblyMinutes";

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
    JavaDelegate signCivicMinutesDelegate(AssemblySteps steps) {
        return ex -> {
            SignedAssemblyMinutes minutes = steps.signMinutes(assemblyId(ex));
            ex.setVariable("minutesDocumentId", minutes.documentId());
            ex.setVariable("minutesSha256", minutes.sha256());
            ex.setVariable("minutesDevelopmentKey", minutes.developmentKey());
            // The PDF travels to the next step only in memory: it is stored once, in the register.
            ex.setVariable(SIGNED_MINUTES, Variables.byteArrayValue(minutes.pdf(), true));
        };
    }

    @Bean
    JavaDelegate publishCivicMinutesDelegate(AssemblySteps steps) {
        return ex -> steps.publish(assemblyId(ex), new SignedAssemblyMinutes((String) ex.getVariable("minutesDocumentId"),
                (byte[]) ex.getVariable(SIGNED_MINUTES), (String) ex.getVariable("minutesSha256"),
                (Boolean) ex.getVariable("minutesDevelopmentKey")));
    }

    @Bean
    JavaDelegate closeCivicAssemblyDelegate(AssemblySteps steps) {
        return ex -> steps.closeAssembly(assemblyId(ex));
    }

    private static long assemblyId(DelegateExecution ex) {
        return ((Number) ex.getVariable("assemblyId")).longValue();
    }
}

package org.rbe.governance.proceedings.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.rbe.governance.minutes.SignedMinutes;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.proceedings.MinutesStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks every body's process shares to sign and publish its minutes; each hands over to the
 * {@link MinutesStep} named by the task's input {@code bodyKind}. No business rule lives here.
 */
@Configuration
class BodyDelegates {
    static final String KIND = "bodyKind";
    static final String PDF = "signedMinutesPdf";

    @Bean
    JavaDelegate signBodyMinutesDelegate(List<MinutesStep> steps) {
        Map<String, MinutesStep> byKind = byKind(steps);
        return ex -> {
            Map<String, Object> variables = new HashMap<>(ex.getVariables());
            // who completed the task that led here (the clerk who published): the engine's authenticated user
            var authentication = ex.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            variables.put(MinutesStep.SIGNED_BY, authentication == null ? "system" : authentication.getUserId());
            SignedMinutes minutes = step(byKind, ex).sign(variables);
            ex.setVariable("minutesDocumentId", minutes.documentId());
            ex.setVariable("minutesSha256", minutes.sha256());
            ex.setVariable("minutesDevelopmentKey", minutes.developmentKey());
            ex.setVariable("minutesSigner", minutes.signerName());
            // The PDF travels to the next step only in memory: it is stored once, in the register.
            ex.setVariable(PDF, Variables.byteArrayValue(minutes.pdf(), true));
        };
    }

    /** An expert's answer given from the task list goes to the deliberation under their name (expert-question.bpmn). */
    @Bean
    JavaDelegate publishAnswerDelegate(Deliberation deliberation) {
        return ex -> deliberation.answer(((Number) ex.getVariable("questionId")).longValue(),
                (String) ex.getVariable("answer"));
    }

    @Bean
    JavaDelegate publishBodyMinutesDelegate(List<MinutesStep> steps) {
        Map<String, MinutesStep> byKind = byKind(steps);
        return ex -> step(byKind, ex).publish(ex.getVariables(), new SignedMinutes(
                (String) ex.getVariable("minutesDocumentId"), (byte[]) ex.getVariable(PDF),
                (String) ex.getVariable("minutesSha256"), (Boolean) ex.getVariable("minutesDevelopmentKey"),
                (String) ex.getVariable("minutesSigner")));
    }

    private static Map<String, MinutesStep> byKind(List<MinutesStep> steps) {
        return steps.stream().collect(Collectors.toMap(MinutesStep::kind, Function.identity()));
    }

    private static MinutesStep step(Map<String, MinutesStep> byKind, DelegateExecution ex) {
        String kind = (String) ex.getVariable(KIND);
        MinutesStep step = byKind.get(kind);
        if (step == null) {
            throw new IllegalStateException("No minutes step of kind " + kind + " (known: " + byKind.keySet() + ")");
        }
        return step;
    }
}

package org.rbe.governance.draws.process;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rbe.governance.draws.DrawAnnouncement;
import org.rbe.governance.draws.DrawStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two service tasks of {@code announced-draw.bpmn}; each hands over to the {@link DrawStep} of {@code drawKind}. */
@Configuration
class DrawDelegates {
    static final String KIND = "drawKind";
    static final String ANNOUNCEMENT = "drawAnnouncementId";
    static final String VALUES = "publicValues";

    @Bean
    JavaDelegate announceDrawDelegate(List<DrawStep> steps) {
        Map<String, DrawStep> byKind = byKind(steps);
        return ex -> {
            DrawAnnouncement announced = step(byKind, ex).announce(ex.getVariables());
            ex.setVariable(ANNOUNCEMENT, announced.id());
            ex.setVariable("drawRevealAt", java.util.Date.from(announced.terms().revealAt()));
        };
    }

    @Bean
    JavaDelegate makeDrawDelegate(List<DrawStep> steps) {
        Map<String, DrawStep> byKind = byKind(steps);
        return ex -> step(byKind, ex).draw(ex.getVariables(), ((Number) ex.getVariable(ANNOUNCEMENT)).longValue(),
                (String) ex.getVariable(VALUES)).forEach(ex::setVariable);
    }

    private static Map<String, DrawStep> byKind(List<DrawStep> steps) {
        return steps.stream().collect(Collectors.toMap(DrawStep::kind, Function.identity()));
    }

    private static DrawStep step(Map<String, DrawStep> byKind, DelegateExecution ex) {
        String kind = (String) ex.getVariable(KIND);
        DrawStep step = byKind.get(kind);
        if (step == null) {
            throw new IllegalStateException("No draw step of kind " + kind + " (known: " + byKind.keySet() + ")");
        }
        return step;
    }
}

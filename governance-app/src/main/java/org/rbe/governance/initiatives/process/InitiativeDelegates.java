package org.rbe.governance.initiatives.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rbe.governance.initiatives.InitiativeSteps;
import org.rbe.governance.initiatives.InitiativeSteps.OpenCaseForm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates named in {@code citizen-initiative.bpmn}: each reads process variables, calls one step and writes
 * variables back. No business rule lives here.
 */
@Configuration
class InitiativeDelegates {
    @Bean
    JavaDelegate chooseInitiativeAnalystDelegate(InitiativeSteps steps) {
        return ex -> ex.setVariable("analyst", steps.chooseAnalyst(initiativeId(ex)));
    }

    @Bean
    TaskListener recordInitiativeAnalysisListener(InitiativeSteps steps) {
        return task -> steps.recordAnalysis(initiativeId(task.getExecution()), task.getAssignee(),
                (String) task.getVariable("assessment"), (String) task.getVariable("analysis"));
    }

    @Bean
    TaskListener concludeInitiativeListener(InitiativeSteps steps) {
        return task -> task.getExecution().setVariable("outcome", steps.conclude(initiativeId(task.getExecution()),
                new OpenCaseForm((String) task.getVariable("choice"), (String) task.getVariable("caseTitle"),
                        (String) task.getVariable("topic"), (String) task.getVariable("region"),
                        (String) task.getVariable("datasetId"), (String) task.getVariable("declineReason"))));
    }

    private static long initiativeId(DelegateExecution ex) {
        return ((Number) ex.getVariable("initiativeId")).longValue();
    }
}

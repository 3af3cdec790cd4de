package org.rbe.governance.workflow.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.rbe.governance.workflow.TaskEscalations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks behind every user task's "Reminder" and "Deadline" timers. Each names no task: it serves the user
 * task its timer is attached to, so the same two delegates serve every process.
 */
@Configuration
class DeadlineDelegates {
    @Bean
    JavaDelegate remindTaskDelegate(TaskEscalations escalations) {
        return ex -> escalations.remind(ex.getProcessInstanceId(), attachedTask(ex));
    }

    @Bean
    JavaDelegate reassignTaskDelegate(TaskEscalations escalations) {
        return ex -> escalations.reassign(ex.getProcessInstanceId(), attachedTask(ex));
    }

    /** The user task whose timer led to this service task: the one its incoming flow's boundary event is attached to. */
    static String attachedTask(DelegateExecution ex) {
        FlowNode step = (FlowNode) ex.getBpmnModelElementInstance();
        for (SequenceFlow in : step.getIncoming()) {
            if (in.getSource() instanceof BoundaryEvent timer) {
                return timer.getAttachedTo().getId();
            }
        }
        throw new IllegalStateException(ex.getCurrentActivityId() + " does not follow a timer attached to a user task");
    }
}

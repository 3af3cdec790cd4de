package org.rbe.governance.proceedings.process;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.proceedings.DeliberationClosed;
import org.rbe.governance.proceedings.QuestionAnswered;
import org.rbe.governance.proceedings.QuestionAsked;
import org.rbe.governance.security.Role;
import org.rbe.governance.workflow.TaskReassigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every question a member asks the experts is a task of {@code processes/expert-question.bpmn}, offered to the experts
 * who answer it (the clerks where the body has none) with the question's deadline: they answer on the deliberation
 * page, which completes the task, or from their task list, which publishes the answer in the deliberation.
 */
@Component("questionTasks")
public class QuestionTasks {
    static final String PROCESS_KEY = "expert-question";
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Deliberation deliberation;

    QuestionTasks(RuntimeService runtime, TaskService tasks, Deliberation deliberation) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.deliberation = deliberation;
    }

    @EventListener
    void on(QuestionAsked asked) {
        runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(asked.questionId()), Map.of("caseId",
                asked.caseNumber(), "panelId", asked.panelId(), "questionId", asked.questionId(), "dueAt",
                Date.from(asked.dueAt()), "experts", String.join(",", asked.experts())));
    }

    @EventListener
    void on(QuestionAnswered answered) {
        if (Context.getCommandContext() != null) {
            return; // answered from the task list: the engine is completing that task and publishing its answer
        }
        tasks.createTaskQuery().processInstanceBusinessKey(businessKey(answered.questionId())).list()
                .forEach(t -> tasks.complete(t.getId(), Map.of("answer", answered.answer(), "answeredOnThePage", true)));
    }

    @EventListener
    void on(DeliberationClosed closed) {
        runtime.createMessageCorrelation("QuestionDeliberationClosed").processInstanceVariableEquals("panelId", closed.panelId()).correlateAllWithResult();
    }

    /**
     * A question whose deadline passed went to another technocrat (or clerk): where the body has experts, the new
     * holder joins them, so that they may answer it on the page or from the task list.
     */
    @EventListener
    void on(TaskReassigned reassigned) {
        if (!"Task_AnswerQuestion".equals(reassigned.taskKey()) || reassigned.to() == null) {
            return;
        }
        var task = tasks.createTaskQuery().taskId(reassigned.taskId()).singleResult();
        if (task != null) {
            deliberation.addExpert(((Number) runtime.getVariable(task.getProcessInstanceId(), "panelId")).longValue(),
                    reassigned.to());
        }
    }

    /** The task's candidate users: the experts of the body. */
    public List<String> experts(DelegateExecution execution) {
        String experts = (String) execution.getVariable("experts");
        return experts == null || experts.isBlank() ? List.of() : Arrays.asList(experts.split(","));
    }

    /** The task's candidate groups: the clerks, where the body has no experts. */
    public List<String> groups(DelegateExecution execution) {
        return experts(execution).isEmpty() ? List.of(Role.CLERK.id()) : List.of();
    }

    private static String businessKey(long questionId) {
        return "question-" + questionId;
    }
}

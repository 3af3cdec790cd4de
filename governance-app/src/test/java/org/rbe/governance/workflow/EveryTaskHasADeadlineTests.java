package org.rbe.governance.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.junit.jupiter.api.Test;
import org.rbe.governance.shared.Messages;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The promise that no task stalls a case: every user task of every diagram in {@code processes/}, including the ones
 * added later, carries a non-interrupting reminder ({@code timeDuration ${taskDeadlines.reminder('<its id>')}}) and a
 * non-interrupting, repeating deadline ({@code timeCycle ${taskDeadlines.deadline('<its id>')}}), both read from
 * {@code governance.deadlines.*}, each leading to the service task that reminds or reassigns. Adding them is one
 * command: {@code python3 docs/tools/add-task-deadlines.py processes/<file>.bpmn}.
 */
class EveryTaskHasADeadlineTests {

    @Test
    void everyUserTaskHasANonInterruptingReminderAndDeadlineFromTheSettings() throws IOException {
        List<String> broken = new ArrayList<>();
        int tasks = 0;
        for (Resource diagram : diagrams()) {
            BpmnModelInstance model = read(diagram);
            tasks += model.getModelElementsByType(UserTask.class).size();
            broken.addAll(problems(diagram.getFilename(), model));
        }
        assertThat(tasks).as("user tasks found").isGreaterThanOrEqualTo(9);
        assertThat(broken).as("fix with: python3 docs/tools/add-task-deadlines.py processes/<file>.bpmn").isEmpty();
    }

    @Test
    void aUserTaskWithoutTheTimersIsCaught() {
        BpmnModelInstance bare = Bpmn.createExecutableProcess("bare").startEvent().userTask("Task_Stalls")
                .camundaCandidateGroups("clerk").endEvent().done();
        assertThat(problems("bare.bpmn", bare)).hasSize(2).allSatisfy(p -> assertThat(p).contains("Task_Stalls"));
        BpmnModelInstance interrupting = Bpmn.createExecutableProcess("late").startEvent().userTask("Task_Late")
                .boundaryEvent("Event_LateReminder").cancelActivity(true).timerWithDuration("${taskDeadlines.reminder('Task_Late')}")
                .serviceTask().camundaDelegateExpression("${remindTaskDelegate}").endEvent()
                .moveToActivity("Task_Late").boundaryEvent("Event_LateDeadline").cancelActivity(false)
                .timerWithCycle("${taskDeadlines.deadline('Task_Late')}").endEvent()
                .moveToActivity("Task_Late").endEvent().done();
        assertThat(problems("late.bpmn", interrupting)).containsExactlyInAnyOrder(
                "late.bpmn: Task_Late: the reminder timer Event_LateReminder interrupts the task (cancelActivity)",
                "late.bpmn: Task_Late: the deadline timer Event_LateDeadline does not lead to ${reassignTaskDelegate}");
    }

    @Test
    void everyUserTaskHasANameInEnglishAndRussianForItsNotices() throws IOException {
        List<String> unnamed = new ArrayList<>();
        for (Resource diagram : diagrams()) {
            for (UserTask task : read(diagram).getModelElementsByType(UserTask.class)) {
                for (Locale locale : Messages.LOCALES) {
                    String key = "task." + task.getId();
                    if (Messages.get(locale, key).equals(key)) {
                        unnamed.add(diagram.getFilename() + ": " + key + " (" + locale + ")");
                    }
                }
            }
        }
        assertThat(unnamed).as("add task.<id> to a bundle's _en and _ru properties").isEmpty();
    }

    /** What is missing or wrong in the deadlines of each user task of {@code model}. */
    static List<String> problems(String file, BpmnModelInstance model) {
        List<String> broken = new ArrayList<>();
        Collection<BoundaryEvent> boundaries = model.getModelElementsByType(BoundaryEvent.class);
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String where = file + ": " + task.getId();
            List<BoundaryEvent> own = boundaries.stream().filter(b -> b.getAttachedTo() == task).toList();
            check(where, "reminder", own, "${taskDeadlines.reminder('" + task.getId() + "')}", false,
                    "${remindTaskDelegate}", broken);
            check(where, "deadline", own, "${taskDeadlines.deadline('" + task.getId() + "')}", true,
                    "${reassignTaskDelegate}", broken);
        }
        return broken;
    }

    @Test
    void everyFlowOfTheDeadlinesIsDrawn() throws IOException {
        List<String> undrawn = new ArrayList<>();
        for (Resource diagram : diagrams()) {
            BpmnModelInstance model = read(diagram);
            Set<String> drawn = model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
            model.getModelElementsByType(BoundaryEvent.class).stream().flatMap(b -> b.getOutgoing().stream())
                    .flatMap(f -> java.util.stream.Stream.of(f, next(f))).filter(f -> f != null && !drawn.contains(f.getId()))
                    .forEach(f -> undrawn.add(diagram.getFilename() + ": " + f.getId()));
        }
        assertThat(undrawn).isEmpty();
    }

    private static void check(String where, String kind, List<BoundaryEvent> own, String expression, boolean cycle,
                              String delegate, List<String> broken) {
        List<BoundaryEvent> timers = own.stream().filter(b -> timer(b) != null && expression.equals(text(timer(b), cycle)))
                .toList();
        if (timers.size() != 1) {
            broken.add(where + " has " + timers.size() + " " + kind + " timers " + (cycle ? "timeCycle " : "timeDuration ")
                    + expression);
            return;
        }
        BoundaryEvent timer = timers.get(0);
        if (timer.cancelActivity()) {
            broken.add(where + ": the " + kind + " timer " + timer.getId() + " interrupts the task (cancelActivity)");
        }
        boolean served = timer.getOutgoing().stream().map(SequenceFlow::getTarget)
                .anyMatch(t -> t instanceof ServiceTask s && delegate.equals(s.getCamundaDelegateExpression()));
        if (!served) {
            broken.add(where + ": the " + kind + " timer " + timer.getId() + " does not lead to " + delegate);
        }
    }

    private static TimerEventDefinition timer(BoundaryEvent b) {
        return b.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
                .map(TimerEventDefinition.class::cast).findFirst().orElse(null);
    }

    private static String text(TimerEventDefinition timer, boolean cycle) {
        var value = cycle ? timer.getTimeCycle() : timer.getTimeDuration();
        return value == null ? null : value.getTextContent().trim();
    }

    /** The flow after the service task a timer leads to (to its end event). */
    private static SequenceFlow next(SequenceFlow fromTimer) {
        return fromTimer.getTarget().getOutgoing().stream().findFirst().orElse(null);
    }

    private static List<Resource> diagrams() throws IOException {
        return List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn"));
    }

    private static BpmnModelInstance read(Resource diagram) throws IOException {
        try (InputStream in = diagram.getInputStream()) {
            return Bpmn.readModelFromStream(in);
        }
    }
}

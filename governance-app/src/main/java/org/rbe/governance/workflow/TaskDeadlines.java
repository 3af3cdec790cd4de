package org.rbe.governance.workflow;

import org.springframework.stereotype.Component;

/**
 * The timers' durations as the BPMN reads them: {@code ${taskDeadlines.reminder('Task_X')}} in a reminder's
 * {@code timeDuration}, {@code ${taskDeadlines.deadline('Task_X')}} in a deadline's {@code timeCycle}, from
 * {@link DeadlineSettings}. The engine computes the due dates with its clock, which follows the application's.
 */
@Component("taskDeadlines")
public class TaskDeadlines {
    private final DeadlineSettings settings;

    TaskDeadlines(DeadlineSettings settings) {
        this.settings = settings;
    }

    /** An ISO-8601 duration, e.g. {@code PT48H}. */
    public String reminder(String taskKey) {
        return settings.reminderOf(taskKey).toString();
    }

    /** An ISO-8601 repeating interval without end, e.g. {@code R/PT120H}: the deadline applies again after each firing. */
    public String deadline(String taskKey) {
        return "R/" + settings.deadlineOf(taskKey);
    }
}

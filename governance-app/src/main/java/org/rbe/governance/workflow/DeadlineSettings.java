package org.rbe.governance.workflow;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a person holds a user task before a reminder and before the task passes to someone else (the deadline,
 * which applies again after every reassignment). Read by the timers of every user task in {@code processes/}.
 *
 * @param reminder time from the task's start to the reminder to whoever holds it
 * @param deadline time from the task's start (and from each reassignment) to reassigning it
 * @param tasks    per task definition key ({@code Task_ExpertReview}), times that differ from the defaults
 */
@ConfigurationProperties("governance.deadlines")
public record DeadlineSettings(Duration reminder, Duration deadline, Map<String, Times> tasks) {
    public DeadlineSettings {
        reminder = reminder == null ? Duration.ofDays(2) : reminder;
        deadline = deadline == null ? Duration.ofDays(5) : deadline;
        tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
        if (reminder.isNegative() || reminder.isZero() || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("governance.deadlines: reminder and deadline must be positive");
        }
    }

    /** One task's own times; an unset one takes the default. */
    public record Times(Duration reminder, Duration deadline) {
    }

    public Duration reminderOf(String taskKey) {
        Times own = tasks.get(taskKey);
        return own != null && own.reminder() != null ? own.reminder() : reminder;
    }

    public Duration deadlineOf(String taskKey) {
        Times own = tasks.get(taskKey);
        return own != null && own.deadline() != null ? own.deadline() : deadline;
    }
}

package org.rbe.governance.notifications.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.workflow.TaskReassigned;
import org.rbe.governance.workflow.TaskReminded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about their tasks' deadlines: the reminder to whoever holds a task, and at the deadline the new holder
 * (with the next deadline) and the one it was taken from. The task's name is given in each reader's language.
 */
@Component
class DeadlineTriggers {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private final Notifier notifier;
    private final Roster roster;

    DeadlineTriggers(Notifier notifier, Roster roster) {
        this.notifier = notifier;
        this.roster = roster;
    }

    @EventListener
    void on(TaskReminded reminded) {
        tell(reminded.recipients(), "notifications.taskReminder", reminded.caseNumber(), reminded.taskKey(),
                reminded.dueAt(), "task/" + reminded.taskId());
    }

    @EventListener
    void on(TaskReassigned reassigned) {
        if (reassigned.to() != null) {
            tell(List.of(reassigned.to()), "notifications.taskReassigned.to", reassigned.caseNumber(),
                    reassigned.taskKey(), reassigned.dueAt(), "task/" + reassigned.taskId());
        }
        if (reassigned.from() == null && reassigned.to() == null) {
            // a group's task that nobody took and nobody else may take: the group is told again
            List<String> group = roster.members(Role.valueOf(reassigned.role().toUpperCase(Locale.ROOT))).stream()
                    .map(Actor::username).toList();
            tell(group, "notifications.taskOverdue", reassigned.caseNumber(), reassigned.taskKey(), reassigned.dueAt(),
                    "task/" + reassigned.taskId());
        }
        if (reassigned.from() != null) {
            tell(List.of(reassigned.from()), reassigned.to() == null ? "notifications.taskOverdue"
                    : "notifications.taskReassigned.from", reassigned.caseNumber(), reassigned.taskKey(),
                    reassigned.dueAt(), reassigned.to() == null ? "task/" + reassigned.taskId() : "");
        }
    }

    /** Arguments: the case, the task's name (translated for each reader), the deadline (UTC). */
    private void tell(List<String> usernames, String key, long caseNumber, String taskKey, Instant due, String link) {
        notifier.tell(usernames, key, List.of(CaseNumbers.label(caseNumber), NoticeText.KEY + "task." + taskKey,
                due == null ? "" : TIME.format(due)), link, true);
    }
}

package org.rbe.governance.workflow;

import java.time.Instant;
import java.util.Map;
import org.rbe.governance.shared.Audited;

/**
 * The deadline of a user task passed and the task went from {@code from} (null: nobody had taken it from its group)
 * to {@code to}, drawn with {@code seed} among {@code candidates} eligible people; {@code to} is null when nobody
 * else was eligible and the task stays where it was. {@code escalation} counts the deadlines of this task in the
 * case. Modules that record who holds a task (a review's reviewer, an appeal's expert) follow it.
 */
public record TaskReassigned(long caseNumber, String taskKey, String taskId, String from, String to, String role,
                             int escalation, long seed, int candidates, Instant dueAt) implements Audited {

    @Override
    public String auditType() {
        return to == null ? "TASK_OVERDUE_NOBODY_ELSE" : "TASK_REASSIGNED";
    }

    @Override
    public String auditSubject() {
        return "case:" + caseNumber;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("task", taskKey, "from", from, "to", to, "role", role, "escalation", escalation,
                "seed", seed, "candidates", candidates, "dueAt", dueAt == null ? null : dueAt.toString());
    }
}

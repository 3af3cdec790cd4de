package org.rbe.governance.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rbe.governance.shared.Audited;

/**
 * The reminder of a user task fired: {@code recipients} (its assignees, or the members of the group it is offered to)
 * are reminded that it passes to someone else at {@code dueAt}.
 */
public record TaskReminded(long caseNumber, String taskKey, String taskId, List<String> recipients, Instant dueAt)
        implements Audited {
    public TaskReminded {
        recipients = List.copyOf(recipients);
    }

    @Override
    public String auditType() {
        return "TASK_REMINDED";
    }

    @Override
    public String auditSubject() {
        return "case:" + caseNumber;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("task", taskKey, "recipients", recipients, "dueAt", dueAt == null ? null : dueAt.toString());
    }
}

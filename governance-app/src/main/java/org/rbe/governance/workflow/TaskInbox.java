package org.rbe.governance.workflow;

import java.util.List;
import java.util.Map;

/** The current user's tasks, their forms, and completing them. */
public interface TaskInbox {
    /** Tasks assigned to the current user or offered to one of their roles. */
    List<TaskItem> myTasks();

    /** A task the current user may work on; AccessDeniedException otherwise. */
    TaskItem task(String taskId);

    FormDefinition form(String taskId);

    /** Validates {@code values} against the task's form and completes it as the current user. */
    void complete(String taskId, Map<String, Object> values);

    /** A variable the task sees (its own or its process's), for a task the current user may work on; null if unset. */
    Object variable(String taskId, String name);

    /** Open tasks of a case (names and who holds them), for showing where a case stands. */
    List<TaskItem> openTasksOfCase(long caseId);
}

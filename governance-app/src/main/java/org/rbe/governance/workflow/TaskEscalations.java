package org.rbe.governance.workflow;

/**
 * What the timers of a user task do (see {@code processes/*.bpmn}: every user task has a non-interrupting
 * "Reminder" and "Deadline" timer): remind whoever holds it, and at the deadline pass it to another person of the
 * same role drawn by lot, with a seed derived from the case number, the task and the escalation count.
 */
public interface TaskEscalations {
    /** Reminds the holders of the open tasks {@code taskKey} of a process instance; publishes {@link TaskReminded}. */
    void remind(String processInstanceId, String taskKey);

    /** Reassigns each open task {@code taskKey} of a process instance; publishes {@link TaskReassigned} for each. */
    void reassign(String processInstanceId, String taskKey);
}

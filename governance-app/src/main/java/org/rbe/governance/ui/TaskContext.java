package org.rbe.governance.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.rbe.governance.workflow.TaskItem;

/**
 * What a task screen shows beside the form for the tasks of one process (the decision case, the appeal, the
 * constitutional review). Each process's module offers one as a Spring bean; the task screen picks it by process key.
 */
public interface TaskContext {
    /** Whether this context explains the tasks of the process with key {@code processDefinitionKey}. */
    boolean handles(String processDefinitionKey);

    /** The component shown beside the task's form. */
    Component beside(TaskItem task, Locale locale);
}

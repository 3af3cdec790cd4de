package org.rbe.governance.proceedings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.ui.TaskContext;
import org.rbe.governance.workflow.TaskInbox;
import org.rbe.governance.workflow.TaskItem;

/** Beside an expert's task to answer a question: the question, from which table, by when, and its deliberation. */
@org.springframework.stereotype.Component
class QuestionTaskContext implements TaskContext {
    private final TaskInbox inbox;
    private final Deliberation deliberation;

    QuestionTaskContext(TaskInbox inbox, Deliberation deliberation) {
        this.inbox = inbox;
        this.deliberation = deliberation;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return "expert-question".equals(processDefinitionKey);
    }

    @Override
    public Component beside(TaskItem task, Locale locale) {
        long questionId = ((Number) inbox.variable(task.id(), "questionId")).longValue();
        long panelId = ((Number) inbox.variable(task.id(), "panelId")).longValue();
        Div context = new Div();
        context.setId("question-task-context");
        deliberation.view(panelId).questions().stream().filter(q -> q.id() == questionId).findFirst()
                .ifPresent(q -> context.add(new H3(Messages.get(locale, "deliberation.askedByTable", q.table())),
                        new Paragraph(q.text()), new Paragraph(Messages.get(locale, "deliberation.awaiting",
                                DeliberationPanel.TIME.format(q.dueAt())))));
        Anchor page = new Anchor("deliberation/" + panelId, Messages.get(locale, "deliberation.taskOpenPage"));
        page.setId("question-task-deliberation");
        context.add(page);
        return context;
    }
}

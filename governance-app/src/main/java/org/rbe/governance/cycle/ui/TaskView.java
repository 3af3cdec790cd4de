package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.Component;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.rbe.governance.draws.AnnouncedDraws;
import org.rbe.governance.draws.AnnouncementNotice;
import org.rbe.governance.ui.TaskContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.ui.FormRenderer;
import org.rbe.governance.ui.Notices;
import org.rbe.governance.workflow.InvalidFormException;
import org.rbe.governance.workflow.TaskInbox;
import org.rbe.governance.workflow.TaskItem;

/** One task: its form (rendered from {@code forms/}) on the left, the case it concerns on the right. */
@Route("task/:taskId")
@PageTitle("Task")
@PermitAll
class TaskView extends HorizontalLayout implements BeforeEnterObserver {
    private final TaskInbox inbox;
    private final CaseScreens screens;
    private final List<TaskContext> contexts;
    private final AnnouncedDraws draws;

    TaskView(TaskInbox inbox, CaseScreens screens) {
        this(inbox, screens, List.of(), null);
    }

    /**
     * A task screen that shows the tasks of other processes beside their own context (appeal, review...), and above
     * the form of a draw's public value the terms the draw was announced with.
     */
    @Autowired
    TaskView(TaskInbox inbox, CaseScreens screens, List<TaskContext> contexts, AnnouncedDraws draws) {
        this.draws = draws;
        this.inbox = inbox;
        this.screens = screens;
        this.contexts = List.copyOf(contexts);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!show(event.getRouteParameters().get("taskId").orElse(""))) {
            event.forwardTo("");
        }
    }

    /** Shows task {@code taskId}; false (with a notice saying why) when the current user may not work on it. */
    boolean show(String taskId) {
        removeAll();
        TaskItem task;
        try {
            task = inbox.task(taskId);
        } catch (UserFacingException e) {
            Notices.error(e);
            return false;
        }
        FormRenderer form = new FormRenderer(inbox.form(taskId), getLocale());
        Button submit = new Button(getTranslation("task.complete"));
        submit.setId("complete-task");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                inbox.complete(taskId, form.values());
                Notices.success("task.completed");
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InvalidFormException ex) {
                form.showErrors(ex.fieldErrors());
                Notices.error(ex);
            } catch (UserFacingException ex) {
                Notices.error(ex);
            }
        });
        VerticalLayout left = new VerticalLayout(new H2(getTranslation("task." + task.definitionKey())));
        Object announcement = inbox.variable(taskId, "drawAnnouncementId");
        if (draws != null && announcement instanceof Number id) {
            left.add(new AnnouncementNotice(draws.get(id.longValue()), getLocale()));
        }
        left.add(form, submit);
        left.setWidth("40%");
        left.setMinWidth("22em");
        Component context = contexts.stream().filter(c -> c.handles(task.processDefinitionKey())).findFirst()
                .map(c -> c.beside(task, getLocale())).orElseGet(() -> new CaseContext(screens, task.caseId()));
        VerticalLayout right = new VerticalLayout(context);
        right.setWidth("60%");
        right.getStyle().set("overflow", "auto");
        add(left, right);
        return true;
    }
}

package org.rbe.governance.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.ui.StartPageItem;
import org.rbe.governance.workflow.TaskInbox;
import org.rbe.governance.workflow.TaskItem;

/** Everyone's start page: the tasks waiting for them, newest first; a click opens the task beside its case. */
@Route("")
@PageTitle("Inbox")
@Menu(order = 0, title = "nav.inbox")
@PermitAll
class InboxView extends VerticalLayout {

    InboxView(TaskInbox inbox, List<StartPageItem> items) {
        List<TaskItem> tasks = inbox.myTasks();
        add(new H2(getTranslation("inbox.title")));
        List<Component> waiting = items.stream().flatMap(i -> i.forCurrentUser().stream()).toList();
        waiting.forEach(this::add);
        if (tasks.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(waiting.isEmpty() ? "inbox.empty" : "inbox.noTasks"));
            empty.setId("inbox-empty");
            add(empty);
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        Grid<TaskItem> grid = new Grid<>();
        grid.setId("inbox");
        grid.addColumn(t -> getTranslation("task." + t.definitionKey())).setHeader(getTranslation("inbox.task")).setFlexGrow(3);
        grid.addColumn(t -> CaseNumbers.label(t.caseId())).setHeader(getTranslation("inbox.case"));
        grid.addColumn(t -> t.assignee() != null ? getTranslation("inbox.assignedToYou")
                : t.candidateGroup() == null ? getTranslation("inbox.offeredToYou")
                : getTranslation("inbox.forRole", t.candidateGroup())).setHeader(getTranslation("inbox.who"));
        grid.addColumn(t -> time.format(t.created())).setHeader(getTranslation("inbox.since"));
        grid.setItems(tasks);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("task/" + e.getItem().id())));
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("inbox.hint")), grid);
    }
}

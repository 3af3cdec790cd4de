package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.Stage;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.QuotaRow;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.simulation.JuryTurnout;
import org.rbe.governance.simulation.SimulatedPeople;
import org.rbe.governance.ui.Notices;
import org.rbe.governance.workflow.TaskInbox;
import org.rbe.governance.workflow.TaskItem;

/** One case for staff: where it stands, who holds its open tasks, the jury against its quotas, the record so far. */
@Route("cases/:caseId")
@PageTitle("Decision case")
@RolesAllowed({"technocrat", "ethics", "clerk", "analyst", "admin"})
class CaseView extends VerticalLayout implements BeforeEnterObserver {
    private final CaseScreens screens;
    private final TaskInbox inbox;
    private final SimulatedPeople people;

    CaseView(CaseScreens screens, TaskInbox inbox, SimulatedPeople people) {
        this.screens = screens;
        this.inbox = inbox;
        this.people = people;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            if (show(Long.parseLong(event.getRouteParameters().get("caseId").orElse("")))) {
                return;
            }
        } catch (NumberFormatException e) {
            // not a case number: back to the list
        }
        event.forwardTo("cases");
    }

    /** Shows case {@code caseId}; false when there is no such case. */
    boolean show(long caseId) {
        removeAll();
        DecisionCaseView c;
        try {
            c = screens.cases().get(caseId);
        } catch (UserFacingException e) {
            return false;
        }
        Grid<TaskItem> tasks = new Grid<>();
        tasks.setId("open-tasks");
        tasks.addColumn(t -> getTranslation("task." + t.definitionKey())).setHeader(getTranslation("inbox.task")).setFlexGrow(3);
        tasks.addColumn(t -> t.assignee() != null ? t.assignee() : getTranslation("inbox.forRole", t.candidateGroup()))
                .setHeader(getTranslation("inbox.who"));
        tasks.setItems(inbox.openTasksOfCase(caseId));
        tasks.setAllRowsVisible(true);
        add(new CaseContext(screens, caseId), new H4(getTranslation("case.openTasks")), tasks);
        screens.sortition().currentPanel(caseId).ifPresent(panel -> add(jury(panel.id(), panel.seed(), panel.algorithm())));
        boolean admin = screens.currentUser().actor().has(Role.ADMIN);
        if (admin && c.stage() == Stage.VOTE && people.enabled()) {
            Button simulate = new Button(getTranslation("case.simulateJury"), e -> Notices.attempt(() -> {
                JuryTurnout t = people.juryVotes(caseId, 0.05, 1.0, new double[] {6, 2, 1, 1, 1, 1}, System.nanoTime());
                Notices.success("case.simulated", t.accepted(), t.declined(), t.voted());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }));
            simulate.setId("simulate-jury");
            add(new Paragraph(getTranslation("case.simulateHint")), simulate);
        }
        return true;
    }

    private VerticalLayout jury(long panelId, long seed, String algorithm) {
        Grid<QuotaRow> quotas = new Grid<>();
        quotas.setId("jury-quotas");
        quotas.addColumn(q -> getTranslation("category." + q.category())).setHeader(getTranslation("jury.category"));
        quotas.addColumn(QuotaRow::value).setHeader(getTranslation("jury.value"));
        quotas.addColumn(QuotaRow::poolCount).setHeader(getTranslation("jury.pool"));
        quotas.addColumn(q -> q.min() + "–" + q.max()).setHeader(getTranslation("jury.quota"));
        quotas.addColumn(QuotaRow::actual).setHeader(getTranslation("jury.actual"));
        quotas.setItems(screens.sortition().composition(panelId));
        quotas.setAllRowsVisible(true);
        VerticalLayout box = new VerticalLayout(new H4(getTranslation("jury.title")),
                new Paragraph(getTranslation("jury.drawnWith", algorithm, seed)), quotas);
        // who the jurors are is the invitation clerks' to know (each look ledgered); everyone else sees the composition
        if (screens.currentUser().actor().has(Role.CLERK)) {
            Details names = new Details(getTranslation("jury.members"));
            names.setId("jury-names");
            names.addOpenedChangeListener(e -> {
                if (e.isOpened() && names.getContent().findAny().isEmpty()) {
                    names.add(memberGrid(screens.jurorNames().forClerk(panelId)));
                }
            });
            box.add(new Paragraph(getTranslation("jury.namesLedgered")), names);
        } else {
            box.add(new Paragraph(getTranslation("jury.namesHidden")));
        }
        box.setPadding(false);
        return box;
    }

    private Grid<MemberView> memberGrid(java.util.List<MemberView> jurors) {
        Grid<MemberView> members = new Grid<>();
        members.setId("jury-members");
        members.addColumn(MemberView::username).setHeader(getTranslation("jury.login"));
        members.addColumn(MemberView::fullName).setHeader(getTranslation("jury.name"));
        members.addColumn(MemberView::region).setHeader(getTranslation("category.region"));
        members.addColumn(MemberView::ageBand).setHeader(getTranslation("category.ageBand"));
        members.addColumn(MemberView::gender).setHeader(getTranslation("category.gender"));
        members.addColumn(MemberView::education).setHeader(getTranslation("category.education"));
        members.addColumn(m -> getTranslation("jury.status." + m.status())).setHeader(getTranslation("jury.status"));
        members.setItems(jurors);
        members.setHeight("24em");
        return members;
    }
}

package org.rbe.governance.rotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.rbe.governance.rotation.Office;
import org.rbe.governance.rotation.Rotation;
import org.rbe.governance.rotation.TermView;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.ui.Notices;

/**
 * Everyone sees their own terms of office and reminders; administrators also see every roster with its term dates,
 * the rotations so far (who replaced whom, with the draw's seed), and can run the day's rotation by hand.
 */
@Route("rotation")
@PageTitle("Rotation of office")
@Menu(order = 21, title = "nav.rotation")
@PermitAll
class RotationPage extends VerticalLayout {
    private final Rotation rotation;
    private final CurrentUser currentUser;

    RotationPage(Rotation rotation, CurrentUser currentUser) {
        this.rotation = rotation;
        this.currentUser = currentUser;
        setId("rotation");
        refresh();
    }

    private void invitation(TermView t) {
        add(new Paragraph(getTranslation("rotation.ui.invitation", getTranslation("rotation.ui.office." + t.office()),
                t.startsOn(), t.endsOn())));
        Button accept = new Button(getTranslation("rotation.ui.accept"), e -> answer(t, true));
        accept.setId("accept-term-" + t.id());
        Button decline = new Button(getTranslation("rotation.ui.decline"), e -> answer(t, false));
        decline.setId("decline-term-" + t.id());
        add(accept, decline);
    }

    private void answer(TermView t, boolean accept) {
        if (Notices.attempt(() -> rotation.respond(t.id(), accept))) {
            refresh();
        }
    }

    void refresh() {
        removeAll();
        add(new H2(getTranslation("rotation.ui.title")), new Paragraph(getTranslation("rotation.ui.intro")));
        rotation.myTerms().stream().filter(t -> TermView.ACTIVE.equals(t.status())).forEach(t -> add(new Paragraph(
                getTranslation("rotation.ui.myTerm", getTranslation("rotation.ui.office." + t.office()), t.startsOn(), t.endsOn()))));
        rotation.myTerms().stream().filter(t -> TermView.INVITED.equals(t.status())).forEach(this::invitation);
        rotation.myReminders().forEach(r -> add(new Paragraph(getTranslation("rotation.ui.reminder", r.endsOn()))));
        if (!currentUser.actor().has(Role.ADMIN)) {
            return;
        }
        Button run = new Button(getTranslation("rotation.ui.runToday"), e -> {
            int[] done = new int[2];
            if (Notices.attempt(() -> System.arraycopy(rotation.runToday(30), 0, done, 0, 2))) {
                Notices.success("rotation.ui.ran", done[0], done[1]);
                refresh();
            }
        });
        run.setId("run-rotation");
        add(run);
        for (Office office : Office.values()) {
            Grid<TermView> grid = new Grid<>();
            grid.setId("roster-" + office.name().toLowerCase());
            grid.addColumn(TermView::username).setHeader(getTranslation("rotation.ui.holder"));
            grid.addColumn(TermView::startsOn).setHeader(getTranslation("rotation.ui.from"));
            grid.addColumn(TermView::endsOn).setHeader(getTranslation("rotation.ui.until"));
            grid.addColumn(TermView::status).setHeader(getTranslation("rotation.ui.status"));
            grid.addColumn(t -> t.remindedOn() == null ? "" : t.remindedOn().toString()).setHeader(getTranslation("rotation.ui.reminded"));
            grid.setItems(rotation.roster(office));
            grid.setAllRowsVisible(true);
            add(new H3(getTranslation("rotation.ui.office." + office)), grid);
        }
        add(new H3(getTranslation("rotation.ui.history")));
        rotation.history().forEach(r -> add(new Paragraph(getTranslation("rotation.ui.historyLine", r.rotatedOn(),
                getTranslation("rotation.ui.office." + r.office()), String.join(", ", r.outgoing()),
                String.join(", ", r.successors()), String.valueOf(r.seed()), r.poolSize()))));
    }
}

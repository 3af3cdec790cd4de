package org.rbe.governance.initiatives.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.rbe.governance.initiatives.CitizenInitiative;
import org.rbe.governance.initiatives.Initiatives;
import org.rbe.governance.security.CurrentUser;

/** Every citizens' initiative, newest first, readable without a login: title, status and supporters. */
@Route("initiatives")
@PageTitle("Citizens' initiatives")
@Menu(order = 8.5, title = "nav.initiatives")
@AnonymousAllowed
class InitiativesView extends VerticalLayout {
    InitiativesView(Initiatives initiatives, CurrentUser currentUser) {
        setId("initiatives");
        add(new H2(getTranslation("initiatives.ui.title")), new Paragraph(getTranslation("initiatives.ui.intro")));
        if (currentUser.optionalActor().map(a -> a.citizenId() != null).orElse(false)) {
            Anchor propose = new Anchor("initiatives/new", getTranslation("initiatives.ui.propose"));
            propose.setId("initiative-propose");
            add(propose);
        } else {
            add(new Paragraph(getTranslation("initiatives.ui.loginToPropose")));
        }
        List<CitizenInitiative> all = initiatives.all();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("initiatives.ui.none")));
            return;
        }
        Grid<CitizenInitiative> grid = new Grid<>();
        grid.setId("initiatives-grid");
        grid.addColumn(CitizenInitiative::label).setHeader(getTranslation("initiatives.ui.number")).setKey("number")
                .setFlexGrow(0).setAutoWidth(true);
        grid.addComponentColumn(i -> new Anchor("initiatives/" + i.id(), i.title()))
                .setHeader(getTranslation("initiatives.ui.titleColumn")).setKey("title").setFlexGrow(3);
        grid.addColumn(i -> getTranslation("initiatives.status." + i.status()))
                .setHeader(getTranslation("initiatives.ui.statusColumn")).setKey("status");
        grid.addColumn(i -> getTranslation("initiatives.ui.count", i.supporters(), i.threshold()))
                .setHeader(getTranslation("initiatives.ui.supportersColumn")).setKey("supporters");
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}

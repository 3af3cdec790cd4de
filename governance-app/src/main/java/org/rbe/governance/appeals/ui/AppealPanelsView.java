package org.rbe.governance.appeals.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.rbe.governance.appeals.AppealView;

/** The appeals the current user was drawn to hear, as a citizen on the panel or as its expert. */
@Route("appeal-panels")
@PageTitle("Appeal panels")
@Menu(order = 2, title = "nav.appealPanels")
@PermitAll
class AppealPanelsView extends VerticalLayout {

    AppealPanelsView(AppealScreens screens) {
        setId("appeal-panels");
        add(new H2(getTranslation("appealPanels.title")), new Paragraph(getTranslation("appealPanels.intro")));
        List<AppealView> appeals = screens.appeals().onMyPanels();
        if (appeals.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("appealPanels.none"));
            none.setId("no-appeal-panels");
            add(none);
        }
        appeals.forEach(a -> {
            Anchor link = new Anchor("appeal/" + a.id(), getTranslation("appealPanels.line", a.id(), a.sanctionId(),
                    getTranslation("appeals.stage." + a.stage())));
            link.setId("appeal-link-" + a.id());
            add(link);
        });
    }
}

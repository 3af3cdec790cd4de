package org.rbe.governance.proceedings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.proceedings.TopicNames;
import org.rbe.governance.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Builds the route {@code deliberation/:panelId} on the current (mocked) UI as the router does: the page is made with
 * the application's services, entered with the panel's id, and attached to the UI. For benchmarks and tests.
 */
public final class DeliberationPageProbe {
    private DeliberationPageProbe() {
    }

    /** The page for {@code panelId}, entered and attached to {@code UI.getCurrent()}. */
    public static Component open(Deliberation deliberation, CurrentUser currentUser, ObjectProvider<TopicNames> names,
                                 long panelId) {
        UI ui = UI.getCurrent();
        DeliberationPage page = new DeliberationPage(deliberation, currentUser, names);
        String path = "deliberation/" + panelId;
        page.beforeEnter(new BeforeEnterEvent(ui.getInternals().getRouter(), NavigationTrigger.PAGE_LOAD,
                new Location(path), DeliberationPage.class, new RouteParameters("panelId", String.valueOf(panelId)), ui,
                List.of()));
        ui.add(page);
        return page;
    }
}

package org.rbe.governance.appeals.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.ui.Notices;

/** The page of one appeal, for its appellant, panel, expert and administrators (the service checks who may see it). */
@Route("appeal/:appealId")
@PageTitle("Appeal")
@PermitAll
class AppealPage extends VerticalLayout implements BeforeEnterObserver {
    private final AppealScreens screens;

    AppealPage(AppealScreens screens) {
        this.screens = screens;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("appealId").orElse(""));
            add(new AppealDetails(screens, id));
        } catch (NumberFormatException e) {
            event.forwardTo("");
        } catch (UserFacingException e) {
            Notices.error(e);
            event.forwardTo("");
        }
    }
}

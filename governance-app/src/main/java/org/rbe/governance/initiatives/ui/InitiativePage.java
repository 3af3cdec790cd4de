package org.rbe.governance.initiatives.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.rbe.governance.initiatives.Initiatives;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.ui.Notices;

/** The public page of one initiative; logged-in citizens support it here. */
@Route("initiatives/:initiativeId")
@PageTitle("Citizens' initiative")
@AnonymousAllowed
class InitiativePage extends VerticalLayout implements BeforeEnterObserver {
    private final Initiatives initiatives;
    private final CurrentUser currentUser;

    InitiativePage(Initiatives initiatives, CurrentUser currentUser) {
        this.initiatives = initiatives;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("initiativeId").orElse(""));
            add(new Anchor("initiatives", getTranslation("initiatives.ui.back")),
                    new InitiativeDetails(initiatives, currentUser, id, true));
        } catch (NumberFormatException e) {
            event.forwardTo("initiatives");
        } catch (UserFacingException e) {
            Notices.error(e);
            event.forwardTo("initiatives");
        }
    }
}

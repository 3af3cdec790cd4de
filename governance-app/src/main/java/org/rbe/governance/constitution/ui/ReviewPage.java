package org.rbe.governance.constitution.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.ui.Notices;

/** The page of one constitutional review: public to read; members and the council act on it when logged in. */
@Route("review/:reviewId")
@PageTitle("Constitutional review")
@AnonymousAllowed
class ReviewPage extends VerticalLayout implements BeforeEnterObserver {
    private final ConstitutionScreens screens;

    ReviewPage(ConstitutionScreens screens) {
        this.screens = screens;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            add(new ReviewDetails(screens, Long.parseLong(event.getRouteParameters().get("reviewId").orElse(""))));
        } catch (NumberFormatException e) {
            event.forwardTo("constitution");
        } catch (UserFacingException e) {
            Notices.error(e);
            event.forwardTo("constitution");
        }
    }
}

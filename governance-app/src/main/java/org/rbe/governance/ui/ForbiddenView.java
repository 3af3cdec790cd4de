package org.rbe.governance.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a logged-in person opens a page their roles do not allow. */
@AnonymousAllowed
class ForbiddenView extends VerticalLayout implements HasErrorParameter<SecurityException> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SecurityException> parameter) {
        removeAll();
        add(new H2(getTranslation("error.pageForbidden")), new Paragraph(getTranslation("error.pageForbiddenHint")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}

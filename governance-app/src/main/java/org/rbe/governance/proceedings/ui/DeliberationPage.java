package org.rbe.governance.proceedings.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.proceedings.TopicNames;
import org.springframework.beans.factory.ObjectProvider;
import org.rbe.governance.security.CurrentUser;

/**
 * A body's deliberation as every citizen may read it (§5.3: "публично"), without login: questions and answers, the
 * arguments under pseudonyms, and once the vote has closed the tables' summaries and the reasons. Experts answer and
 * clerks moderate here; members take part from their own screen too.
 */
@Route("deliberation/:panelId")
@PageTitle("Deliberation")
@AnonymousAllowed
public class DeliberationPage extends VerticalLayout implements BeforeEnterObserver {
    private final Deliberation deliberation;
    private final CurrentUser currentUser;
    private final ObjectProvider<TopicNames> names;

    DeliberationPage(Deliberation deliberation, CurrentUser currentUser, ObjectProvider<TopicNames> names) {
        this.deliberation = deliberation;
        this.currentUser = currentUser;
        this.names = names;
        setId("deliberation-page");
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long panelId;
        try {
            panelId = Long.parseLong(event.getRouteParameters().get("panelId").orElse(""));
        } catch (NumberFormatException e) {
            panelId = -1;
        }
        if (panelId < 0 || !deliberation.exists(panelId)) {
            Paragraph none = new Paragraph(getTranslation("deliberation.notFound"));
            none.setId("deliberation-not-found");
            add(new H2(getTranslation("deliberation.title")), none);
            return;
        }
        add(new H2(getTranslation("deliberation.pageTitle", deliberation.caseNumber(panelId))),
                new DeliberationPanel(deliberation, currentUser, panelId, TopicNames.of(names, getLocale())));
    }
}

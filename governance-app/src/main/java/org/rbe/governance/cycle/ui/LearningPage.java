package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.shared.UserFacingException;

/**
 * The learning material of a case's latest round as every citizen may read it without a login, the same the jurors
 * read: the comparison, the experts' reviews, the scenarios and the vetoes with their reasons, all published anyway.
 */
@Route("learning/:caseId")
@PageTitle("Learning material")
@AnonymousAllowed
class LearningPage extends VerticalLayout implements BeforeEnterObserver {
    private final CaseScreens screens;

    LearningPage(CaseScreens screens) {
        this.screens = screens;
        setId("learning-page");
        setMaxWidth("48em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("caseId").filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf));
    }

    /** Shows the material of case {@code caseId}, or says there is none. */
    void show(Optional<Long> caseId) {
        removeAll();
        Optional<DecisionCaseView> found = caseId.flatMap(id -> {
            try {
                return Optional.of(screens.cases().get(id));
            } catch (UserFacingException unknown) {
                return Optional.empty();
            }
        }).filter(c -> c.round() > 0);
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("learning.notFound"));
            none.setId("learning-not-found");
            add(new H2(getTranslation("learning.pageTitle", caseId.map(String::valueOf).orElse("?"))), none);
            return;
        }
        DecisionCaseView c = found.get();
        add(new H2(getTranslation("learning.pageTitle", String.valueOf(c.id())) + " " + c.title()),
                new Span(getTranslation("case.stageLine", getTranslation("stage." + c.stage()), c.round(), c.topic(),
                        c.region())),
                new LearningMaterial(screens, c.id(), c.round(), s -> List.of()));
    }
}

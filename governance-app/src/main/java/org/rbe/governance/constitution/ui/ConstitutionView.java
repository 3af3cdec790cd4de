package org.rbe.governance.constitution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.rbe.governance.constitution.InitiativeView;
import org.rbe.governance.constitution.ParameterVersion;
import org.rbe.governance.security.Actor;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.ui.Notices;

/**
 * The living constitution, readable without a login: the parameters in force today with their history and
 * scheduled amendments, when the next ten-year review falls due, past and open reviews, and citizens' initiatives
 * (logged-in citizens start, support and submit them; assembly members find their review here).
 */
@Route("constitution")
@PageTitle("Constitution")
@Menu(order = 6, title = "nav.constitution")
@AnonymousAllowed
class ConstitutionView extends VerticalLayout {
    private final ConstitutionScreens screens;

    ConstitutionView(ConstitutionScreens screens) {
        this.screens = screens;
        setId("constitution");
        refresh();
    }

    void refresh() {
        removeAll();
        Locale locale = getLocale();
        add(new H2(getTranslation("constitution.ui.title")), new Paragraph(getTranslation("constitution.ui.intro",
                ConstitutionScreens.date(locale).format(screens.schedule().nextReviewDue()))));
        Grid<ParameterVersion> grid = new Grid<>();
        grid.setId("parameters");
        grid.addColumn(v -> getTranslation("param." + v.parameter().key())).setHeader(getTranslation("constitution.ui.parameter")).setFlexGrow(3);
        grid.addColumn(v -> v.value().toPlainString() + " " + v.parameter().unit()).setHeader(getTranslation("constitution.ui.value"));
        grid.addColumn(v -> ConstitutionScreens.date(locale).format(v.effectiveFrom())).setHeader(getTranslation("constitution.ui.from"));
        grid.addColumn(v -> ParameterVersion.FOUNDING.equals(v.source()) ? getTranslation("constitution.ui.founding")
                : v.reference()).setHeader(getTranslation("constitution.ui.source")).setFlexGrow(2);
        grid.setItems(screens.parameters().versions().stream().sorted(Comparator.comparing((ParameterVersion v) -> v.parameter())
                .thenComparing(ParameterVersion::effectiveFrom)).toList());
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("constitution.ui.parameters")), grid);
        screens.currentUser().optionalActor().filter(a -> a.citizenId() != null).ifPresent(a ->
                screens.sortition().myInvitations().stream().filter(i -> "assembly".equals(i.purpose())).forEach(i -> {
                    Anchor invitation = new Anchor("review/" + CaseNumbers.idOf(i.caseId()), getTranslation(
                            "constitution.ui.myAssembly", CaseNumbers.idOf(i.caseId()), getTranslation("jury.status." + i.status())));
                    invitation.setId("assembly-invitation-" + i.panelId());
                    add(invitation);
                }));
        add(new H3(getTranslation("constitution.ui.reviews")));
        screens.reviews().all().forEach(r -> {
            Anchor link = new Anchor("review/" + r.id(), getTranslation("constitution.ui.reviewLine", r.id(),
                    getTranslation("review.stage." + r.stage()), r.outcome() == null ? "" : r.outcome(),
                    r.documentId() == null ? "" : r.documentId()));
            link.setId("review-link-" + r.id());
            add(link);
        });
        add(new H3(getTranslation("constitution.ui.initiatives")));
        Optional<Actor> me = screens.currentUser().optionalActor().filter(a -> a.citizenId() != null);
        screens.reviews().initiatives().forEach(i -> add(initiative(i, me)));
        me.ifPresent(actor -> add(newInitiative()));
    }

    private HorizontalLayout initiative(InitiativeView i, Optional<Actor> me) {
        HorizontalLayout line = new HorizontalLayout();
        line.setId("initiative-" + i.id());
        line.add(new Paragraph(getTranslation("constitution.ui.initiativeLine", i.title(), i.supporters(), i.needed(),
                getTranslation("constitution.ui.initiativeStatus." + i.status()))));
        if (me.isPresent() && InitiativeView.COLLECTING.equals(i.status())) {
            Button support = new Button(getTranslation("constitution.ui.support"), e -> {
                if (Notices.attempt(() -> screens.reviews().support(i.id()))) {
                    refresh();
                }
            });
            support.setId("support-" + i.id());
            line.add(support);
            if (me.get().username().equals(i.initiator())) {
                Button submit = new Button(getTranslation("constitution.ui.submit"), e -> {
                    if (Notices.attempt(() -> screens.reviews().submitInitiative(i.id()))) {
                        refresh();
                    }
                });
                submit.setId("submit-" + i.id());
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                line.add(submit);
            }
        }
        return line;
    }

    private VerticalLayout newInitiative() {
        TextField title = new TextField(getTranslation("constitution.ui.initiativeTitle"));
        title.setId("initiative-title");
        title.setWidthFull();
        TextArea proposal = new TextArea(getTranslation("constitution.ui.initiativeProposal"));
        proposal.setId("initiative-proposal");
        proposal.setWidthFull();
        Button start = new Button(getTranslation("constitution.ui.start"), e -> {
            if (Notices.attempt(() -> screens.reviews().startInitiative(title.getValue(), proposal.getValue()))) {
                refresh();
            }
        });
        start.setId("start-initiative");
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("constitution.ui.newInitiative")),
                new Paragraph(getTranslation("constitution.ui.newInitiativeHint")), title, proposal, start);
        box.setPadding(false);
        return box;
    }
}

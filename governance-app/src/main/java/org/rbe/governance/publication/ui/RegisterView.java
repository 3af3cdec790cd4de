package org.rbe.governance.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;

/** The public register of decisions, open to everyone without login: search, then open a decision and its minutes. */
@Route("register")
@PageTitle("Public register")
@Menu(order = 5, title = "nav.register")
@AnonymousAllowed
class RegisterView extends VerticalLayout {
    private static final Set<String> OUTCOME_CODES = Set.of("APPROVED", "REWORK", "NO_QUORUM");

    private final DecisionRegister register;
    private final Grid<RegisterEntry> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Paragraph empty = new Paragraph();

    RegisterView(DecisionRegister register) {
        this.register = register;
        setId("register");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        search.setId("register-search");
        search.setPlaceholder(getTranslation("register.searchHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("28em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        grid.setId("register-grid");
        grid.addColumn(e -> date.format(e.publishedAt())).setHeader(getTranslation("register.date")).setAutoWidth(true);
        grid.addColumn(RegisterEntry::title).setHeader(getTranslation("register.titleColumn")).setFlexGrow(3);
        grid.addColumn(RegisterEntry::topic).setHeader(getTranslation("register.topic"));
        grid.addColumn(RegisterEntry::region).setHeader(getTranslation("register.region"));
        grid.addColumn(e -> outcomeLabel(this, e.outcome())).setHeader(getTranslation("register.outcome")).setFlexGrow(2);
        grid.addComponentColumn(this::keyMarker).setHeader(getTranslation("register.signature")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("register/" + e.getItem().caseId())));
        grid.setAllRowsVisible(true);
        empty.setId("register-empty");
        add(new H2(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), search, grid, empty);
        refresh();
    }

    private void refresh() {
        String text = search.getValue().trim();
        List<RegisterEntry> found = register.search(text);
        grid.setItems(found);
        grid.setVisible(!found.isEmpty());
        empty.setText(getTranslation(text.isEmpty() ? "register.empty" : "register.noMatch", text));
        empty.setVisible(found.isEmpty());
    }

    private Span keyMarker(RegisterEntry entry) {
        Span marker = new Span(getTranslation(entry.developmentKey() ? "register.developmentKey" : "register.signed"));
        marker.getElement().getThemeList().add(entry.developmentKey() ? "badge contrast" : "badge success");
        if (entry.developmentKey()) {
            marker.getElement().setAttribute("title", getTranslation("register.developmentKeyHint"));
        }
        return marker;
    }

    /** The outcome as people read it: a translated code, or the approved scenario's title as published. */
    static String outcomeLabel(Component any, String outcome) {
        return OUTCOME_CODES.contains(outcome) ? any.getTranslation("outcome." + outcome) : outcome;
    }
}

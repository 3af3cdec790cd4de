package org.rbe.governance.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.publication.RegisterFacets;
import org.rbe.governance.publication.RegisterQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public register of decisions, open to everyone without login: search and filter by date, topic, region and
 * outcome, open a decision and its minutes, take the list as open data (JSON, CSV) or follow the Atom feed.
 */
@Route("register")
@PageTitle("Public register")
@Menu(order = 5, title = "nav.register")
@AnonymousAllowed
class RegisterView extends VerticalLayout {
    private static final Set<String> OUTCOME_CODES = Set.of("APPROVED", "REWORK", "NO_QUORUM");
    private static final String ANY = "";

    private final DecisionRegister register;
    private final Grid<RegisterEntry> grid = new Grid<>();
    private final TextField search = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<String> topic = new ComboBox<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final Select<String> outcome = new Select<>();
    private final Paragraph empty = new Paragraph();
    private final Anchor json = export("export-json", "JSON");
    private final Anchor csv = export("export-csv", "CSV");
    private final Anchor atom = export("export-atom", "Atom");

    RegisterView(DecisionRegister register) {
        this.register = register;
        setId("register");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneOffset.UTC);
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
        RouterLink verify = new RouterLink(getTranslation("register.verifyLink"), VerifyView.class);
        verify.setId("register-verify-link");
        HorizontalLayout exports = new HorizontalLayout(new Span(getTranslation("register.openData")), json, csv, atom,
                new Span("\u00b7"), verify);
        exports.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        exports.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), filters(),
                exports, grid, empty);
        refresh();
    }

    private FlexLayout filters() {
        search.setId("register-search");
        search.setLabel(getTranslation("register.searchLabel"));
        search.setPlaceholder(getTranslation("register.searchHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("22em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        from.setId("register-from");
        from.setLabel(getTranslation("register.from"));
        to.setId("register-to");
        to.setLabel(getTranslation("register.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setClearButtonVisible(true);
            picker.setLocale(getLocale());
            picker.setWidth("11em");
            picker.addValueChangeListener(e -> refresh());
        }
        RegisterFacets facets = register.facets();
        choices(topic, "register-topic", "register.topic", facets.topics());
        choices(region, "register-region", "register.region", facets.regions());
        outcome.setId("register-outcome");
        outcome.setLabel(getTranslation("register.outcome"));
        List<String> kinds = new ArrayList<>();
        kinds.add(ANY);
        kinds.addAll(List.of("APPROVED", "REWORK", "NO_QUORUM"));
        outcome.setItems(kinds);
        outcome.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("register.any") : getTranslation("outcome." + k));
        outcome.setValue(ANY);
        outcome.addValueChangeListener(e -> refresh());
        FlexLayout row = new FlexLayout(search, from, to, topic, region, outcome);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    private void choices(ComboBox<String> box, String id, String labelKey, List<String> values) {
        box.setId(id);
        box.setLabel(getTranslation(labelKey));
        box.setItems(values);
        box.setPlaceholder(getTranslation("register.any"));
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> refresh());
    }

    /** The query the filters describe. */
    RegisterQuery query() {
        return new RegisterQuery(search.getValue(), from.getValue(), to.getValue(), topic.getValue(), region.getValue(),
                outcome.getValue());
    }

    private void refresh() {
        RegisterQuery query = query();
        List<RegisterEntry> found = register.search(query);
        grid.setItems(found);
        grid.setVisible(!found.isEmpty());
        empty.setText(query.isEmpty() ? getTranslation("register.empty") : query.text() != null
                && query.equals(RegisterQuery.text(query.text())) ? getTranslation("register.noMatch", query.text())
                : getTranslation("register.noMatchFilters"));
        empty.setVisible(found.isEmpty());
        json.setHref(exportUrl("/public/decisions.json", query));
        csv.setHref(exportUrl("/public/decisions.csv", query));
        atom.setHref(exportUrl("/public/decisions.atom", query));
    }

    /** The export's address with the same filters as the screen, so that what one sees is what one downloads. */
    static String exportUrl(String path, RegisterQuery query) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        param(url, "q", query.text());
        param(url, "from", query.from() == null ? null : query.from().toString());
        param(url, "to", query.to() == null ? null : query.to().toString());
        param(url, "topic", query.topic());
        param(url, "region", query.region());
        param(url, "outcome", query.outcome());
        return url.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder url, String name, String value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }

    private static Anchor export(String id, String text) {
        Anchor anchor = new Anchor("", text);
        anchor.setId(id);
        anchor.setRouterIgnore(true);
        return anchor;
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

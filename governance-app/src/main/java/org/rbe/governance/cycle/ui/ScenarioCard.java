package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.rbe.governance.scenarios.Allocation;
import org.rbe.governance.scenarios.ScenarioView;

/** One scenario as a card: its title, a "vetoed" badge if it was vetoed, the plain explanation and the plan in figures. */
class ScenarioCard extends VerticalLayout {

    ScenarioCard(ScenarioView s, Locale locale, boolean vetoed) {
        setId("scenario-" + s.ordinal());
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                .set("margin-bottom", "var(--lumo-space-s)");
        add(new H4(s.title(locale)));
        if (vetoed) {
            Span badge = new Span(getTranslation("case.vetoed"));
            badge.getElement().getThemeList().add("badge error");
            add(badge);
        }
        String explanation = s.explanation(locale);
        int firstLine = explanation.indexOf('\n');
        Paragraph text = new Paragraph(firstLine < 0 ? explanation : explanation.substring(firstLine + 1));
        text.getStyle().set("white-space", "pre-line");
        add(text);
        Grid<Allocation> plan = new Grid<>();
        plan.addColumn(Allocation::region).setHeader(getTranslation("case.region"));
        plan.addColumn(Allocation::resource).setHeader(getTranslation("case.resource"));
        plan.addColumn(Allocation::kind).setHeader(getTranslation("case.kind"));
        plan.addColumn(a -> String.format(locale, "%,.1f %s", a.quantity(), a.unit())).setHeader(getTranslation("case.quantity"));
        plan.setItems(s.allocations());
        plan.setAllRowsVisible(true);
        add(new Details(getTranslation("case.plan"), plan));
    }
}

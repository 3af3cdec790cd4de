package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import org.rbe.governance.ethics.VetoView;
import org.rbe.governance.scenarios.Allocation;
import org.rbe.governance.scenarios.ScenarioSummary;
import org.rbe.governance.scenarios.ScenarioView;

/**
 * One scenario as a card, shortest first: its title; if vetoed, the badge and the ethics council's reasons; the
 * one-line summary and three key figures; then, one tap away, the full explanation and the plan in figures.
 */
class ScenarioCard extends VerticalLayout {

    ScenarioCard(ScenarioView s, ScenarioSummary summary, Locale locale, List<VetoView> vetoes) {
        setId("scenario-" + s.ordinal());
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                .set("margin-bottom", "var(--lumo-space-s)");
        add(new H4(s.title(locale)));
        if (!vetoes.isEmpty()) {
            Span badge = new Span(getTranslation("learning.vetoedBadge"));
            badge.setId("vetoed-" + s.ordinal());
            badge.getElement().getThemeList().add("badge error");
            add(badge);
            vetoes.forEach(v -> {
                Paragraph reason = new Paragraph(getTranslation("learning.vetoedBy", v.memberName(), v.reason()));
                reason.addClassName("veto-reason");
                add(reason);
            });
        }
        Paragraph line = new Paragraph(FigureText.summary(summary, locale));
        line.setId("summary-" + s.ordinal());
        line.getStyle().set("margin", "0");
        add(line, figures(summary, s.ordinal(), locale), explanation(s, locale));
    }

    private static Div figures(ScenarioSummary summary, int ordinal, Locale locale) {
        Div figures = new Div();
        figures.setId("figures-" + ordinal);
        figures.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        for (ScenarioSummary.KeyFigure f : summary.keyFigures()) {
            Span value = new Span(FigureText.value(f, locale));
            value.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
            Span label = new Span(FigureText.label(f, locale));
            label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            Div figure = new Div(value, label);
            figure.addClassName("key-figure");
            figure.getStyle().set("flex", "1 1 6.5em").set("min-width", "0")
                    .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "6px")
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
            figures.add(figure);
        }
        return figures;
    }

    private Details explanation(ScenarioView s, Locale locale) {
        String explanation = s.explanation(locale);
        int firstLine = explanation.indexOf('\n');
        Paragraph text = new Paragraph(firstLine < 0 ? explanation : explanation.substring(firstLine + 1));
        text.getStyle().set("white-space", "pre-line");
        Grid<Allocation> plan = new Grid<>();
        plan.addColumn(Allocation::region).setHeader(getTranslation("case.region"));
        plan.addColumn(Allocation::resource).setHeader(getTranslation("case.resource"));
        plan.addColumn(Allocation::kind).setHeader(getTranslation("case.kind"));
        plan.addColumn(a -> String.format(locale, "%,.1f %s", a.quantity(), a.unit())).setHeader(getTranslation("case.quantity"));
        plan.setItems(s.allocations());
        plan.setAllRowsVisible(true);
        Details details = new Details(getTranslation("learning.fullExplanation"), text,
                new Details(getTranslation("case.plan"), plan));
        details.setId("explanation-" + s.ordinal());
        return details;
    }
}

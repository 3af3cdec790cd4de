package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rbe.governance.ethics.VetoView;
import org.rbe.governance.review.ReviewView;
import org.rbe.governance.scenarios.ScenarioComparison;
import org.rbe.governance.scenarios.ScenarioView;

/**
 * The learning material of a round, shortest first (DESIGN.md §6): the scenarios compared in a table and a chart, what
 * the experts said, then one card per scenario with its summary and three key figures, its explanation one tap away.
 * Vetoed scenarios stay in the list, marked, with the ethics council's reasons. Everything here is public.
 */
class LearningMaterial extends Composite<VerticalLayout> {

    /** {@code extra} adds to a scenario's card (the ethics council's veto button), or nothing. */
    LearningMaterial(CaseScreens screens, long caseId, int round, Function<ScenarioView, List<Component>> extra) {
        VerticalLayout box = getContent();
        box.setPadding(false);
        box.setId("learning-material");
        Locale locale = getLocale();
        List<ScenarioView> scenarios = screens.scenarios().scenarios(caseId, round);
        List<VetoView> vetoes = screens.ethics().vetoes(caseId);
        Set<Long> vetoed = vetoes.stream().map(VetoView::scenarioId).collect(Collectors.toSet());
        ScenarioComparison comparison = ScenarioComparison.of(scenarios);
        box.add(new H4(getTranslation("learning.title", round)));
        Div legend = new Div();
        legend.setId("scenario-legend");
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioView s = scenarios.get(i);
            legend.add(new Div(FigureText.legend(comparison.scenarios().get(i).letter(), s, locale, vetoed.contains(s.id()))));
        }
        Span chartTitle = new Span(getTranslation("learning.chartTitle"));
        chartTitle.getStyle().set("font-weight", "600");
        box.add(legend, new ComparisonTable(comparison, vetoed, locale), small(getTranslation("learning.ecoNote")),
                chartTitle, new CoverChart(comparison, vetoed, locale), small(getTranslation("learning.chartDesc")));
        box.add(reviews(screens.review().reviews(caseId)));
        Div cards = new Div();
        cards.setId("scenario-cards");
        cards.setWidthFull();
        cards.add(new H4(getTranslation("learning.cardsTitle")));
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioView s = scenarios.get(i);
            ScenarioCard card = new ScenarioCard(s, comparison.scenarios().get(i), locale,
                    vetoes.stream().filter(v -> v.scenarioId() == s.id()).toList());
            extra.apply(s).forEach(card::add);
            cards.add(card);
        }
        box.add(cards);
    }

    private Div reviews(List<ReviewView> all) {
        Div box = new Div();
        box.setId("expert-reviews");
        box.add(new H4(getTranslation("learning.reviewsTitle")));
        List<ReviewView> decided = all.stream().filter(r -> r.decision() != null).toList();
        if (decided.isEmpty()) {
            box.add(new Paragraph(getTranslation("learning.reviewsNone")));
            return box;
        }
        box.add(small(getTranslation("learning.reviewsHint")));
        for (ReviewView r : decided) {
            Span who = new Span(getTranslation("learning.review", r.reviewerName(), getTranslation("review." + r.decision()),
                    r.round()));
            who.getStyle().set("font-weight", "600");
            Div review = new Div(who);
            review.addClassName("expert-review");
            review.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            if (r.notes() != null && !r.notes().isBlank()) {
                Paragraph notes = new Paragraph(r.notes());
                notes.getStyle().set("margin", "0").set("white-space", "pre-line");
                review.add(notes);
            }
            box.add(review);
        }
        return box;
    }

    private static Paragraph small(String text) {
        Paragraph p = new Paragraph(text);
        p.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin", "0");
        return p;
    }
}

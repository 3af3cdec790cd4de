package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.rbe.governance.scenarios.ScenarioComparison;
import org.rbe.governance.scenarios.ScenarioSummary;
import org.rbe.governance.shared.Messages;

/**
 * The scenarios side by side, one column each (headed by its letter), one group of rows per measure: the measure's
 * name across the whole width, its values beneath. As narrow as its columns, so it reads at 360 px without scrolling
 * sideways: food from own stock per region, moved between regions, reserve, freight (the nearest figure to an
 * ecological cost) and the logistics cost.
 */
class ComparisonTable extends NativeTable {
    private final List<ScenarioSummary> scenarios;

    ComparisonTable(ScenarioComparison comparison, Set<Long> vetoed, Locale locale) {
        this.scenarios = comparison.scenarios();
        setId("comparison-table");
        getStyle().set("width", "100%").set("max-width", "40em").set("border-collapse", "collapse")
                .set("table-layout", "fixed").set("font-size", "var(--lumo-font-size-s)");
        setCaptionText(Messages.get(locale, "learning.compareCaption"));
        NativeTableRow head = getHead().addRow();
        for (ScenarioSummary s : scenarios) {
            NativeTableHeaderCell letter = head.addHeaderCell();
            letter.setText(s.letter());
            letter.getElement().setAttribute("scope", "col");
            if (vetoed.contains(s.scenarioId())) {
                letter.setText(s.letter() + " ✕");
                letter.getElement().setAttribute("title", Messages.get(locale, "learning.vetoedMark"));
                letter.getStyle().set("color", "var(--lumo-error-text-color)");
            }
        }
        for (String region : comparison.regions()) {
            measure("own-" + region, Messages.get(locale, "learning.row.own", region),
                    s -> FigureText.percent(s.ownStockPercent(region).orElse(Double.NaN), locale));
        }
        measure("transfers", Messages.get(locale, "learning.row.transfers"), s -> FigureText.whole(s.transfersT(), locale));
        measure("reserve", Messages.get(locale, "learning.row.reserve"), s -> FigureText.whole(s.reserveT(), locale));
        measure("freight", Messages.get(locale, "learning.row.freight"), s -> FigureText.whole(s.freightT(), locale));
        measure("cost", Messages.get(locale, "learning.row.cost"), s -> FigureText.whole(s.logisticsCost(), locale));
    }

    private void measure(String id, String name, Function<ScenarioSummary, String> value) {
        NativeTableBody group = addBody();
        group.setId("measure-" + id);
        NativeTableHeaderCell label = group.addRow().addHeaderCell();
        label.setText(name);
        label.getElement().setAttribute("colspan", String.valueOf(scenarios.size()));
        label.getElement().setAttribute("scope", "colgroup");
        label.getStyle().set("text-align", "start").set("font-weight", "normal").set("padding-top", "var(--lumo-space-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        NativeTableRow values = group.addRow();
        values.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        for (ScenarioSummary s : scenarios) {
            NativeTableCell cell = values.addDataCell();
            cell.setText(value.apply(s));
            cell.getStyle().set("text-align", "center").set("font-weight", "600").set("overflow-wrap", "anywhere");
        }
    }
}

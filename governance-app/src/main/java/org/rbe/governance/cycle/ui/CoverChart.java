package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.Svg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rbe.governance.scenarios.ScenarioComparison;
import org.rbe.governance.scenarios.ScenarioSummary;
import org.rbe.governance.shared.Messages;

/**
 * A bar chart drawn as inline SVG (no chart library): for each region, one bar per scenario showing the share of the
 * region's food need met from its own stock, each bar labelled with its scenario's letter and its value. It scales to
 * the width of the screen; its title and description give screen readers every value in words.
 */
class CoverChart extends Svg {
    private static final int WIDTH = 320;
    private static final int LABEL = 28;
    private static final int BAR = 230;
    private static final int ROW = 18;

    CoverChart(ScenarioComparison comparison, Set<Long> vetoed, Locale locale) {
        setId("cover-chart");
        getElement().getStyle().set("width", "100%").set("max-width", "40em");
        setSvg(svg(comparison, vetoed, locale));
    }

    private static String svg(ScenarioComparison comparison, Set<Long> vetoed, Locale locale) {
        StringBuilder bars = new StringBuilder();
        List<String> described = new ArrayList<>();
        int y = 0;
        for (String region : comparison.regions()) {
            y += ROW;
            bars.append(text(0, y - 4, region, "font-weight:600"));
            List<String> values = new ArrayList<>();
            for (ScenarioSummary s : comparison.scenarios()) {
                double pct = s.ownStockPercent(region).orElse(0);
                String value = FigureText.percent(s.ownStockPercent(region).orElse(Double.NaN), locale);
                String fill = vetoed.contains(s.scenarioId()) ? "var(--lumo-contrast-30pct)" : "var(--lumo-primary-color)";
                int width = (int) Math.round(BAR * Math.max(0, Math.min(100, pct)) / 100);
                bars.append(text(4, y + 13, s.letter(), ""))
                        .append("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"2\" style=\"fill:%s\"/>"
                                .formatted(LABEL, y + 2, width, ROW - 5, fill))
                        .append(text(LABEL + width + 4, y + 13, value, ""));
                values.add(s.letter() + " " + value);
                y += ROW;
            }
            described.add(region + ": " + String.join(", ", values));
            y += 6;
        }
        String title = Messages.get(locale, "learning.chartTitle");
        String desc = Messages.get(locale, "learning.chartDesc") + " " + String.join("; ", described) + ".";
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\""
                + " aria-labelledby=\"cover-chart-title cover-chart-desc\" style=\"font-size:12px;font-family:inherit\">"
                + "<title id=\"cover-chart-title\">%s</title><desc id=\"cover-chart-desc\">%s</desc>%s</svg>")
                .formatted(WIDTH, y, escape(title), escape(desc), bars);
    }

    private static String text(int x, int y, String content, String style) {
        return "<text x=\"%d\" y=\"%d\" style=\"fill:var(--lumo-body-text-color);%s\">%s</text>".formatted(x, y, style,
                escape(content));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.rbe.governance.jury.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Arrays;
import java.util.Locale;
import org.rbe.governance.jury.internal.SelectionInstance;
import org.rbe.governance.shared.Messages;

/**
 * The screen's two charts as inline SVG (no chart library): the pool's composition against the quota bands, and
 * the distribution of selection probabilities. Every text from the files is escaped.
 */
final class Charts {
    static final int WIDTH = 860;
    private static final int LABEL = 200;
    private static final int ROW = 22;
    private static final String POOL = "#1676f3";
    private static final String OUTSIDE = "#e8590c";
    private static final String BAND = "rgba(47, 158, 68, 0.28)";
    private static final String PANEL = "#212529";

    private Charts() {
    }

    /** A div showing {@code svg}; the browser parses it as inline SVG. */
    static Div holder(String id, String svg) {
        Div div = new Div();
        div.setId(id);
        div.getElement().setProperty("innerHTML", svg);
        div.getStyle().set("max-width", "100%").set("overflow-x", "auto");
        return div;
    }

    /**
     * One row per category value: the quota band [min, max] (green), the pool's share scaled to the panel size k
     * (blue inside the band, orange outside) and, once drawn, the panel's count (a black mark).
     *
     * @param panelCounts members per feature, or null before the draw
     */
    static String composition(SelectionInstance instance, int[] panelCounts, Locale locale) {
        int k = instance.k();
        int n = instance.size();
        int[] pool = instance.poolCounts();
        double scale = 1;
        for (int f = 0; f < instance.featureCount(); f++) {
            SelectionInstance.Feature feature = instance.features().get(f);
            scale = Math.max(scale, Math.max(Math.min(feature.max(), k), (double) pool[f] * k / n));
            if (panelCounts != null) {
                scale = Math.max(scale, panelCounts[f]);
            }
        }
        int plot = WIDTH - LABEL - 240;
        int rows = instance.featureCount() + instance.categories().size();
        int height = 34 + rows * ROW + 24;
        StringBuilder svg = open(height, Messages.get(locale, "sortition.chart.compositionTitle"));
        legend(svg, locale, panelCounts != null);
        int y = 34;
        for (int c = 0; c < instance.categories().size(); c++) {
            text(svg, 4, y + 15, escape(instance.categories().get(c)), "font-weight:bold");
            y += ROW;
            for (int f = instance.firstFeature(c); f < instance.firstFeature(c + 1); f++) {
                SelectionInstance.Feature feature = instance.features().get(f);
                double share = (double) pool[f] * k / n;
                double lo = x(Math.min(feature.min(), k), scale, plot);
                double hi = x(Math.min(feature.max(), k), scale, plot);
                text(svg, 14, y + 15, escape(feature.value()), "");
                svg.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%d' width='%.1f' height='%d' fill='%s'/>",
                        LABEL + lo, y + 2, Math.max(2, hi - lo), ROW - 4, BAND));
                boolean inside = share >= feature.min() && share <= feature.max();
                svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%.1f' height='%d' fill='%s'>"
                                + "<title>%s</title></rect>", LABEL, y + 7, x(share, scale, plot), 8, inside ? POOL : OUTSIDE,
                        escape(Messages.get(locale, "sortition.chart.poolTip", pool[f], share))));
                if (panelCounts != null) {
                    double at = LABEL + x(panelCounts[f], scale, plot);
                    svg.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%d' width='3' height='%d' fill='%s'/>",
                            at - 1.5, y + 1, ROW - 2, PANEL));
                }
                String note = Messages.get(locale, panelCounts == null ? "sortition.chart.rowNote" : "sortition.chart.rowNoteDrawn",
                        share, feature.min(), feature.max(), panelCounts == null ? 0 : panelCounts[f]);
                text(svg, LABEL + plot + 8, y + 15, escape(note), "font-size:11px");
                y += ROW;
            }
        }
        axis(svg, y + 4, plot, scale);
        return svg.append("</svg>").toString();
    }

    /** A histogram of everyone's selection probability, with a red line at k/n (what a uniform lottery would give). */
    static String distribution(double[] probabilities, int k, Locale locale) {
        int n = probabilities.length;
        double uniform = (double) k / n;
        double top = Math.max(uniform, Arrays.stream(probabilities).max().orElse(0)) * 1.1;
        int bins = 25;
        int[] counts = new int[bins];
        for (double p : probabilities) {
            counts[Math.min(bins - 1, (int) (p / top * bins))]++;
        }
        int most = Math.max(1, Arrays.stream(counts).max().orElse(1));
        int left = 56;
        int plotWidth = WIDTH - left - 20;
        int plotHeight = 180;
        int base = 34 + plotHeight;
        StringBuilder svg = open(base + 40, Messages.get(locale, "sortition.chart.distributionTitle"));
        double binWidth = (double) plotWidth / bins;
        for (int b = 0; b < bins; b++) {
            if (counts[b] == 0) {
                continue;
            }
            double h = (double) counts[b] / most * plotHeight;
            svg.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'>"
                            + "<title>%s</title></rect>", left + b * binWidth + 1, base - h, binWidth - 2, h, POOL,
                    escape(Messages.get(locale, "sortition.chart.binTip", counts[b], b * top / bins, (b + 1) * top / bins))));
        }
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#495057'/>", left, base,
                left + plotWidth, base));
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='34' x2='%d' y2='%d' stroke='#495057'/>", left, left, base));
        text(svg, 4, 44, String.valueOf(most), "font-size:11px");
        text(svg, 4, base, "0", "font-size:11px");
        text(svg, 4, 120, escape(Messages.get(locale, "sortition.chart.people")), "font-size:11px");
        for (int t = 0; t <= 4; t++) {
            double value = top * t / 4;
            text(svg, left + (int) (plotWidth * t / 4.0) - 12, base + 16, String.format(Locale.ROOT, "%.3f", value),
                    "font-size:11px");
        }
        double line = left + uniform / top * plotWidth;
        svg.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='26' x2='%.1f' y2='%d' stroke='#e03131' stroke-width='2'"
                + " stroke-dasharray='6 3'/>", line, line, base));
        text(svg, (int) line + 4, 24, escape(Messages.get(locale, "sortition.chart.uniform", uniform)),
                "font-size:11px;fill:#e03131");
        text(svg, left + plotWidth / 2 - 60, base + 34, escape(Messages.get(locale, "sortition.chart.probability")),
                "font-size:11px");
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int height, String title) {
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d'"
                + " height='%d' viewBox='0 0 %d %d' role='img' style='font-family:sans-serif;font-size:13px'>", WIDTH, height,
                WIDTH, height));
        svg.append("<title>").append(escape(title)).append("</title>");
        return svg;
    }

    private static void legend(StringBuilder svg, Locale locale, boolean drawn) {
        int x = 4;
        x = key(svg, x, BAND, Messages.get(locale, "sortition.chart.band"));
        x = key(svg, x, POOL, Messages.get(locale, "sortition.chart.pool"));
        x = key(svg, x, OUTSIDE, Messages.get(locale, "sortition.chart.outside"));
        if (drawn) {
            key(svg, x, PANEL, Messages.get(locale, "sortition.chart.panel"));
        }
    }

    private static int key(StringBuilder svg, int x, String colour, String label) {
        svg.append(String.format(Locale.ROOT, "<rect x='%d' y='8' width='14' height='12' fill='%s'/>", x, colour));
        text(svg, x + 18, 19, escape(label), "font-size:12px");
        return x + 26 + label.length() * 7;
    }

    private static void axis(StringBuilder svg, int y, int plot, double scale) {
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#495057'/>", LABEL, y,
                LABEL + plot, y));
        for (int t = 0; t <= 4; t++) {
            double value = scale * t / 4;
            text(svg, LABEL + (int) (plot * t / 4.0) - 6, y + 14, String.format(Locale.ROOT, "%.1f", value), "font-size:11px");
        }
    }

    private static double x(double seats, double scale, int plot) {
        return seats / scale * plot;
    }

    private static void text(StringBuilder svg, int x, int y, String escaped, String style) {
        svg.append("<text x='").append(x).append("' y='").append(y).append('\'');
        if (!style.isEmpty()) {
            svg.append(" style='").append(style).append('\'');
        }
        svg.append('>').append(escaped).append("</text>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}

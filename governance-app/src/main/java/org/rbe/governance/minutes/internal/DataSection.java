package org.rbe.governance.minutes.internal;

import java.util.List;

import com.itextpdf.layout.Document;

import org.rbe.governance.minutes.MinutesContent;

/** The data snapshot: input files with their hashes, and the correlations the scenarios used. */
final class DataSection implements MinutesSection {

    @Override
    public void write(Document document, MinutesContent content, PdfStyle style) {
        style.heading(document, "section.data");
        if (content.datasets().isEmpty()) {
            style.none(document);
        } else {
            List<List<String>> rows = content.datasets().stream()
                    .map(d -> List.of(d.fileName(), d.sha256(), String.valueOf(d.rows()))).toList();
            document.add(style.table(new float[] {30, 58, 12},
                    List.of("data.file", "data.sha256", "data.rows"), rows));
        }
        style.subheading(document, style.text("section.correlations"));
        if (content.correlations().isEmpty()) {
            style.none(document);
            return;
        }
        List<List<String>> rows = content.correlations().stream()
                .map(c -> List.of(c.indicatorA(), c.indicatorB(), style.number(c.r(), 3), formatP(c.p()),
                        style.yesNo(c.significant())))
                .toList();
        document.add(style.table(new float[] {32, 32, 10, 12, 14},
                List.of("corr.a", "corr.b", "corr.r", "corr.p", "corr.significant"), rows));
    }

    private static String formatP(double p) {
        return p < 0.0001 ? String.format(java.util.Locale.ROOT, "%.2e", p)
                : String.format(java.util.Locale.ROOT, "%.4f", p);
    }
}

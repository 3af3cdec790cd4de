package org.rbe.governance.minutes.internal;

import java.util.List;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;

import org.rbe.governance.minutes.MinutesContent;

/** How the jury was drawn, how anyone can re-run the draw, and its composition against the quotas (table and chart). */
final class JurySection implements MinutesSection {

    @Override
    public void write(Document document, MinutesContent content, PdfStyle style) {
        MinutesContent.Jury jury = content.jury();
        style.heading(document, "section.jury");
        document.add(style.facts(List.of(
                new String[] {"jury.size", String.valueOf(jury.size())},
                new String[] {"jury.method", jury.method()},
                new String[] {"jury.seed", jury.seed()},
                new String[] {"jury.rerun", jury.rerunInstructions()})));
        style.subheading(document, style.text("jury.composition"));
        if (jury.composition().isEmpty()) {
            style.none(document);
            return;
        }
        List<List<String>> rows = jury.composition().stream()
                .map(r -> List.of(r.category(), r.value(), String.valueOf(r.target()), String.valueOf(r.actual())))
                .toList();
        document.add(style.table(new float[] {28, 36, 18, 18},
                List.of("jury.category", "jury.value", "jury.target", "jury.actual"), rows));
        Div chart = new Div().setKeepTogether(true);
        chart.add(new Paragraph(style.text("jury.chart")).setFont(style.bold()).setFontSize(11).setMarginTop(8)
                .setMarginBottom(2));
        chart.add(QuotaChart.table(jury.composition(), style)).add(QuotaChart.legend(style));
        document.add(chart);
    }
}

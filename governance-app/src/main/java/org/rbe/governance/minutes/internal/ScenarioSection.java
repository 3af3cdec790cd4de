package org.rbe.governance.minutes.internal;

import java.util.List;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.layout.Document;

import org.rbe.governance.minutes.MinutesContent;

/** Every scenario with its plain-language explanation and resource allocations. */
final class ScenarioSection implements MinutesSection {

    @Override
    public void write(Document document, MinutesContent content, PdfStyle style) {
        style.heading(document, "section.scenarios");
        if (content.scenarios().isEmpty()) {
            style.none(document);
            return;
        }
        for (MinutesContent.Scenario scenario : content.scenarios()) {
            style.subheading(document, style.text("scenario.heading", scenario.label(), scenario.title()));
            if (scenario.vetoed()) {
                document.add(style.paragraph(style.text("scenario.vetoed")).setFont(style.bold())
                        .setFontColor(ColorConstants.RED));
            }
            document.add(style.paragraph(scenario.explanation()));
            if (!scenario.allocations().isEmpty()) {
                List<List<String>> rows = scenario.allocations().stream()
                        .map(a -> List.of(a.region(), a.resource(), a.kind(), style.number(a.quantity(), 2), a.unit()))
                        .toList();
                document.add(style.table(new float[] {24, 24, 22, 18, 12}, List.of("alloc.region",
                        "alloc.resource", "alloc.kind", "alloc.quantity", "alloc.unit"), rows));
            }
        }
    }
}

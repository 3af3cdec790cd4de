package org.rbe.governance.minutes.internal;

import java.util.List;

import com.itextpdf.layout.Document;

import org.rbe.governance.minutes.MinutesContent;

/** The dated history of the case. */
final class TimelineSection implements MinutesSection {

    @Override
    public void write(Document document, MinutesContent content, PdfStyle style) {
        style.heading(document, "section.timeline");
        if (content.timeline().isEmpty()) {
            style.none(document);
            return;
        }
        List<List<String>> rows = content.timeline().stream()
                .map(t -> List.of(style.time(t.at()), t.stage(), t.text())).toList();
        document.add(style.table(new float[] {24, 20, 56},
                List.of("timeline.at", "timeline.stage", "timeline.text"), rows));
    }
}

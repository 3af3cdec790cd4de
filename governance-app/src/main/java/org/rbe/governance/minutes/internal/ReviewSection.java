package org.rbe.governance.minutes.internal;

import java.util.List;

import com.itextpdf.layout.Document;

import org.rbe.governance.minutes.MinutesContent;

/** The expert review rounds and the ethics council's vetoes with their reasons. */
final class ReviewSection implements MinutesSection {

    @Override
    public void write(Document document, MinutesContent content, PdfStyle style) {
        style.heading(document, "section.reviews");
        if (content.reviews().isEmpty()) {
            style.none(document);
        } else {
            List<List<String>> rows = content.reviews().stream()
                    .map(r -> List.of(String.valueOf(r.round()), r.reviewerName(),
                            style.text("review.decision." + r.decision().name()), r.notes() == null ? "" : r.notes()))
                    .toList();
            document.add(style.table(new float[] {8, 24, 18, 50},
                    List.of("review.round", "review.reviewer", "review.decision", "review.notes"), rows));
        }
        style.heading(document, "section.vetoes");
        if (content.vetoes().isEmpty()) {
            style.none(document);
            return;
        }
        List<List<String>> rows = content.vetoes().stream()
                .map(v -> List.of(v.scenarioLabel(), v.memberName(), v.reason())).toList();
        document.add(style.table(new float[] {14, 26, 60},
                List.of("veto.scenario", "veto.member", "veto.reason"), rows));
    }
}

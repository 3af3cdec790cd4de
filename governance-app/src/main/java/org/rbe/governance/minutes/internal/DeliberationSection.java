package org.rbe.governance.minutes.internal;

import com.itextpdf.layout.Document;
import java.util.List;
import org.rbe.governance.minutes.MinutesContent;

/**
 * How the body deliberated: questions to the experts with their answers, the tables' summaries, the count of
 * arguments for and against each option, the posts a clerk hid with the reasons, and the members' reasons for what
 * must change. Minutes of a body that did not deliberate in the app have no such section.
 */
final class DeliberationSection implements MinutesSection {

    @Override
    public void write(Document document, MinutesContent content, PdfStyle style) {
        MinutesContent.Deliberation d = content.deliberation();
        if (d == null) {
            return;
        }
        style.heading(document, "section.deliberation");
        style.subheading(document, style.text("deliberation.questions"));
        if (d.questions().isEmpty()) {
            style.none(document);
        } else {
            document.add(style.table(new float[] {14, 14, 32, 40},
                    List.of("deliberation.topic", "deliberation.askedBy", "deliberation.question", "deliberation.answer"),
                    d.questions().stream().map(q -> List.of(q.topic(), q.askedBy(), q.question(), q.answer() == null
                            ? style.text("deliberation.unanswered")
                            : q.answer() + " (" + q.answeredBy() + ")")).toList()));
        }
        style.subheading(document, style.text("deliberation.tables", d.tables()));
        if (d.tableSummaries().isEmpty()) {
            style.none(document);
        } else {
            document.add(style.table(new float[] {12, 88}, List.of("deliberation.table", "deliberation.summary"),
                    d.tableSummaries().stream().map(t -> List.of(String.valueOf(t.table()), t.summary())).toList()));
        }
        style.subheading(document, style.text("deliberation.arguments"));
        document.add(style.table(new float[] {28, 18, 18, 18, 18}, List.of("deliberation.topic", "deliberation.for",
                        "deliberation.against", "deliberation.questionsBetween", "deliberation.authors"),
                d.arguments().stream().map(a -> List.of(a.topic(), String.valueOf(a.forPosts()),
                        String.valueOf(a.againstPosts()), String.valueOf(a.questions()),
                        a.forAuthors() + " / " + a.againstAuthors())).toList()));
        style.subheading(document, style.text("deliberation.hidden"));
        if (d.hidden().isEmpty()) {
            style.none(document);
        } else {
            document.add(style.table(new float[] {30, 20, 50}, List.of("deliberation.topic", "deliberation.pseudonym",
                    "deliberation.hiddenReason"), d.hidden().stream()
                    .map(h -> List.of(h.topic(), h.pseudonym(), h.reason())).toList()));
        }
        style.subheading(document, style.text("deliberation.reasons"));
        if (d.reasons().isEmpty()) {
            style.none(document);
        } else {
            document.add(style.table(new float[] {35, 65}, List.of("deliberation.mustChange", "deliberation.words"),
                    d.reasons().stream().map(r -> List.of(r.mustChange(), r.text())).toList()));
        }
    }
}

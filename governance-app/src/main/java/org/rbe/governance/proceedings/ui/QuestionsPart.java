package org.rbe.governance.proceedings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.proceedings.DeliberationSettings;
import org.rbe.governance.proceedings.DeliberationView;
import org.rbe.governance.ui.Notices;

/** The questions to the experts with their answers (public); a member asks, an expert answers. */
class QuestionsPart extends VerticalLayout {

    QuestionsPart(DeliberationPanel panel, Deliberation deliberation, DeliberationView v, boolean expert) {
        setPadding(false);
        if (v.seat() != null && v.open()) {
            Select<String> topic = panel.topicSelect(v, "question-topic");
            TextArea text = DeliberationPanel.area("question-text", getTranslation("deliberation.questionLabel"),
                    DeliberationSettings.MAX_QUESTION);
            Button ask = new Button(getTranslation("deliberation.ask"), e -> {
                if (Notices.attempt(() -> deliberation.ask(panel.panelId(), topic.getValue(), text.getValue()))) {
                    Notices.success("deliberation.asked");
                    panel.render();
                }
            });
            ask.setId("question-ask");
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Paragraph(getTranslation("deliberation.askHint")), topic, text, ask);
        }
        if (v.questions().isEmpty()) {
            add(new Paragraph(getTranslation("deliberation.noQuestions")));
        }
        for (DeliberationView.Question q : v.questions()) {
            Div card = new Div();
            card.setId("question-" + q.id());
            card.getStyle().set("border-left", "4px solid var(--lumo-primary-color)").set("padding", "0 var(--lumo-space-s)")
                    .set("overflow-wrap", "anywhere");
            card.add(new Span(panel.label(q.topic()) + " · " + getTranslation("deliberation.askedByTable", q.table())),
                    new Paragraph(q.text()));
            if (q.answered()) {
                Paragraph answer = new Paragraph(getTranslation("deliberation.answeredBy", q.answeredBy(),
                        DeliberationPanel.TIME.format(q.answeredAt())) + " " + q.answer());
                answer.setId("answer-" + q.id());
                answer.getStyle().set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-s)");
                card.add(answer);
            } else {
                card.add(new Paragraph(getTranslation("deliberation.awaiting", DeliberationPanel.TIME.format(q.dueAt()))));
                if (expert) {
                    TextArea text = DeliberationPanel.area("answer-text-" + q.id(),
                            getTranslation("deliberation.answerLabel"), DeliberationSettings.MAX_ANSWER);
                    Button send = new Button(getTranslation("deliberation.answer"), e -> {
                        if (Notices.attempt(() -> deliberation.answer(q.id(), text.getValue()))) {
                            Notices.success("deliberation.answered");
                            panel.render();
                        }
                    });
                    send.setId("answer-send-" + q.id());
                    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    card.add(text, send);
                }
            }
            add(card);
        }
    }
}

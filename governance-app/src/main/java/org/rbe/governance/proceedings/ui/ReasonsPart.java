package org.rbe.governance.proceedings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.Collectors;
import org.rbe.governance.proceedings.ChangeArea;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.proceedings.DeliberationSettings;
import org.rbe.governance.proceedings.DeliberationView;
import org.rbe.governance.ui.Notices;

/**
 * Reasons beside the vote: every member, whatever they vote, may say once what must change if the set is returned.
 * They are kept apart from the ballot and from the member, and published in random order after the close.
 */
class ReasonsPart extends VerticalLayout {

    ReasonsPart(DeliberationPanel panel, Deliberation deliberation, DeliberationView v) {
        setPadding(false);
        if (v.seat().reasonsGiven()) {
            Paragraph done = new Paragraph(getTranslation("deliberation.reasonsDone"));
            done.setId("reasons-done");
            add(done);
            return;
        }
        CheckboxGroup<ChangeArea> areas = new CheckboxGroup<>(getTranslation("deliberation.areasLabel"));
        areas.setId("reason-areas");
        areas.setItems(ChangeArea.values());
        areas.setItemLabelGenerator(a -> getTranslation("deliberation.area." + a));
        areas.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        TextArea words = DeliberationPanel.area("reason-text", getTranslation("deliberation.wordsLabel"),
                DeliberationSettings.MAX_REASON);
        Button give = new Button(getTranslation("deliberation.giveReasons"), e -> {
            if (Notices.attempt(() -> deliberation.giveReasons(panel.panelId(), List.copyOf(areas.getValue()),
                    words.getValue()))) {
                Notices.success("deliberation.reasonsGivenOk");
                panel.render();
            }
        });
        give.setId("reason-give");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("deliberation.reasonsHint")), areas, words, give);
    }

    /** The reasons given, in their random order, after the close. */
    static Div published(DeliberationView v, DeliberationPanel panel) {
        Div all = new Div();
        all.setId("reasons-published");
        v.reasons().forEach(r -> all.add(new Paragraph(r.mustChange().stream()
                .map(a -> panel.getTranslation("deliberation.area." + a)).collect(Collectors.joining(", "))
                + (r.text().isBlank() ? "" : ": " + r.text()))));
        return all;
    }
}

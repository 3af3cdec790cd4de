package org.rbe.governance.proceedings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.proceedings.DeliberationSettings;
import org.rbe.governance.proceedings.DeliberationView;
import org.rbe.governance.ui.Notices;

/** A member's table: its own talk (private to the table), its summary, and every table's summary before the vote. */
class TablePart extends VerticalLayout {

    TablePart(DeliberationPanel panel, Deliberation deliberation, DeliberationView v) {
        setPadding(false);
        add(new Paragraph(getTranslation("deliberation.tableHint")));
        v.tablePosts().forEach(p -> {
            Paragraph line = new Paragraph(p.pseudonym() + ": " + p.text());
            line.getStyle().set("overflow-wrap", "anywhere");
            add(line);
        });
        if (v.open()) {
            TextArea talk = DeliberationPanel.area("table-text", getTranslation("deliberation.tableLabel"), 500);
            Button send = new Button(getTranslation("deliberation.tableSend"), e -> {
                if (Notices.attempt(() -> deliberation.tablePost(panel.panelId(), talk.getValue()))) {
                    panel.render();
                }
            });
            send.setId("table-send");
            String current = v.summaries().stream().filter(s -> s.table() == v.seat().table())
                    .map(DeliberationView.TableSummary::text).findFirst().orElse("");
            TextArea summary = DeliberationPanel.area("summary-text", getTranslation("deliberation.summaryLabel"),
                    DeliberationSettings.MAX_SUMMARY);
            summary.setValue(current);
            Button save = new Button(getTranslation("deliberation.summarySave"), e -> {
                if (Notices.attempt(() -> deliberation.writeSummary(panel.panelId(), summary.getValue()))) {
                    Notices.success("deliberation.summarySaved");
                    panel.render();
                }
            });
            save.setId("summary-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(talk, send, summary, save);
        }
        add(summaries(v, panel));
    }

    /** Every table's latest summary. */
    static Div summaries(DeliberationView v, DeliberationPanel panel) {
        Div all = new Div();
        all.setId("table-summaries");
        all.add(new H5(panel.getTranslation("deliberation.summariesTitle", v.summaries().size())));
        v.summaries().forEach(s -> {
            Paragraph p = new Paragraph(panel.getTranslation("deliberation.tableNo", s.table()) + " " + s.text());
            p.getStyle().set("overflow-wrap", "anywhere");
            all.add(p);
        });
        return all;
    }
}

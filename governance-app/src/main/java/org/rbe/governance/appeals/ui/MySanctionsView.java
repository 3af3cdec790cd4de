package org.rbe.governance.appeals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.rbe.governance.appeals.AppealNotice;
import org.rbe.governance.appeals.AppealView;
import org.rbe.governance.appeals.Attachment;
import org.rbe.governance.appeals.SanctionView;
import org.rbe.governance.ui.Notices;
import org.rbe.governance.ui.Uploads;

/**
 * A citizen's own sanctions with their status and appeal deadline, the appeal form (statement and optional files),
 * their appeals with where each stands, and the notices about them.
 */
@Route("sanctions")
@PageTitle("My sanctions")
@Menu(order = 3, title = "nav.mySanctions")
@PermitAll
class MySanctionsView extends VerticalLayout {
    private final AppealScreens screens;

    MySanctionsView(AppealScreens screens) {
        this.screens = screens;
        setId("my-sanctions");
        refresh();
    }

    void refresh() {
        removeAll();
        add(new H2(getTranslation("sanctions.mine.title")), new Paragraph(getTranslation("sanctions.mine.intro")));
        List<SanctionView> sanctions = screens.sanctions().mine();
        if (sanctions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("sanctions.mine.none"));
            none.setId("no-sanctions");
            add(none);
        }
        sanctions.forEach(s -> add(card(s)));
        List<AppealNotice> notices = screens.appeals().myNotices(getLocale());
        if (!notices.isEmpty()) {
            add(new H3(getTranslation("sanctions.mine.notices")));
            notices.forEach(n -> {
                Paragraph p = new Paragraph(AppealScreens.time(getLocale()).format(n.createdAt()) + " · " + n.text());
                p.setId("notice-" + n.id());
                add(p);
            });
        }
    }

    private VerticalLayout card(SanctionView s) {
        VerticalLayout card = new VerticalLayout();
        card.setId("sanction-" + s.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px");
        Span status = new Span(getTranslation("appeals.status." + s.status()));
        status.getElement().getThemeList().add(s.inForce() ? "badge error" : "badge success");
        status.setId("status-" + s.id());
        card.add(new H3(getTranslation("sanctions.mine.heading", s.id(), s.ruleCode(), s.level())), status,
                new Paragraph(s.ruleText()),
                new Paragraph(getTranslation("sanctions.measure") + ": " + s.currentMeasure()),
                new Paragraph(getTranslation("sanctions.evidence") + ": " + s.evidence()),
                new Paragraph(getTranslation("sanctions.mine.deadline", AppealScreens.date(getLocale()).format(s.imposedOn()),
                        AppealScreens.date(getLocale()).format(s.appealDeadline()))));
        if (s.reviewDue() != null) {
            card.add(new Paragraph(getTranslation("sanctions.mine.reviewDue", AppealScreens.date(getLocale()).format(s.reviewDue()))));
        }
        List<AppealView> appeals = screens.appeals().ofSanction(s.id());
        appeals.forEach(a -> card.add(new Anchor("appeal/" + a.id(), getTranslation("sanctions.mine.appealLine", a.id(),
                getTranslation("appeals.stage." + a.stage()), a.outcome() == null ? "" : getTranslation("appeals.outcome."
                        + a.outcome(), a.decidedMeasure() == null ? "" : a.decidedMeasure())))));
        boolean open = appeals.stream().noneMatch(a -> !AppealView.REFUSED.equals(a.stage()));
        if (open && (SanctionView.ACTIVE.equals(s.status()))) {
            Button appeal = new Button(getTranslation("sanctions.mine.appeal"), e -> openAppealDialog(s));
            appeal.setId("appeal-" + s.id());
            appeal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(appeal);
        }
        return card;
    }

    void openAppealDialog(SanctionView s) {
        Dialog dialog = new Dialog(getTranslation("sanctions.mine.appealTitle", s.id()));
        dialog.setId("appeal-dialog");
        TextArea statement = new TextArea(getTranslation("sanctions.mine.statement"));
        statement.setId("appeal-statement");
        statement.setWidthFull();
        statement.setMaxLength(4000);
        List<Attachment> files = new ArrayList<>();
        Upload upload = new Upload(Uploads.inMemory(5 * 1024 * 1024, (meta, bytes) -> files.add(new Attachment(meta.fileName(), bytes))));
        upload.setMaxFiles(5);
        upload.setMaxFileSize(5 * 1024 * 1024);
        Uploads.translate(upload, getLocale());
        dialog.add(new Paragraph(getTranslation("sanctions.mine.appealHint")), statement, upload);
        Button file = new Button(getTranslation("sanctions.mine.file"), e -> {
            if (Notices.attempt(() -> screens.appeals().file(s.id(), statement.getValue(), files))) {
                dialog.close();
                Notices.success("sanctions.mine.filed");
                refresh();
            }
        });
        file.setId("file-appeal");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("case.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, file);
        dialog.open();
    }
}

package org.rbe.governance.correlation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.correlation.DatasetSummary;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.ui.Notices;
import org.rbe.governance.ui.Uploads;

/**
 * The Correlation Center's page: every imported dataset and the correlations found in it, readable by anyone
 * logged in; analysts also get the CSV upload, which tells them exactly why a file was refused.
 */
@Route("correlation")
@PageTitle("Correlation Center")
@Menu(order = 3, title = "nav.correlation")
@PermitAll
class CorrelationView extends VerticalLayout {
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final CorrelationCenter center;
    private final CurrentUser currentUser;
    private final Div outcome = new Div();
    private final Upload upload = new Upload(Uploads.inMemory(MAX_BYTES, (meta, bytes) -> receive(meta.fileName(), bytes)));
    private final DatasetGrids grids;

    CorrelationView(CorrelationCenter center, CurrentUser currentUser) {
        this.center = center;
        this.currentUser = currentUser;
        this.grids = new DatasetGrids(center);
        setId("correlation");
        add(new H2(getTranslation("correlation.ui.title")), new Paragraph(getTranslation("correlation.ui.intro")));
        if (currentUser.optionalActor().map(a -> a.has(Role.ANALYST)).orElse(false)) {
            add(uploadSection());
        }
        add(new H3(getTranslation("correlation.ui.datasets")), grids);
        grids.show(center.datasets());
    }

    private VerticalLayout uploadSection() {
        upload.setId("upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        Uploads.translate(upload, getLocale());
        upload.addFileRejectedListener(e -> showRefusal(getTranslation("correlation.ui.fileRejected", e.getErrorMessage())));
        outcome.setId("upload-outcome");
        Anchor demo = demoLink("observations.csv");
        Anchor forbidden = demoLink("observations-forbidden.csv");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("correlation.ui.upload")),
                new Paragraph(getTranslation("correlation.ui.columns")),
                new Paragraph(getTranslation("correlation.ui.forbiddenHint")),
                demoFiles(demo, forbidden),
                upload, outcome);
        section.setPadding(false);
        return section;
    }

    private HorizontalLayout demoFiles(Anchor... links) {
        HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("correlation.ui.demoFiles")));
        row.add(links);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private static Anchor demoLink(String name) {
        Anchor link = new Anchor("/public/demo/" + name, name);
        link.setId("demo-" + name.replace(".csv", ""));
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", name);
        return link;
    }

    /** Imports an uploaded file and shows what happened: the refusal with its reason, or the new dataset. */
    void receive(String fileName, byte[] bytes) {
        outcome.removeAll();
        upload.clearFileList();
        String uploader = currentUser.optionalActor().map(Actor::username).orElse("");
        try {
            DatasetSummary saved = center.importObservations(fileName, bytes, uploader);
            Paragraph ok = new Paragraph(getTranslation("correlation.ui.imported", saved.fileName(), saved.rows(),
                    saved.indicators()));
            ok.setId("upload-success");
            outcome.add(ok);
            Notices.success("correlation.ui.importedShort", saved.fileName());
            grids.show(center.datasets());
            grids.select(saved);
        } catch (UserFacingException e) {
            showRefusal(Messages.get(getLocale(), e.messageKey(), e.args()));
            Notices.error(e);
        }
    }

    private void showRefusal(String text) {
        outcome.removeAll();
        Paragraph refusal = new Paragraph(getTranslation("correlation.ui.refused", text));
        refusal.setId("upload-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)").set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "6px");
        outcome.add(refusal);
    }
}

package org.rbe.governance.publication.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.rbe.governance.jury.DrawArchive;
import org.rbe.governance.minutes.RegisterCertificate;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;

/** One published decision: its summary and outcome, the minutes' fingerprint, the signed PDF and how to check it. */
@Route("register/:caseId")
@PageTitle("Decision")
@AnonymousAllowed
class RegisterEntryView extends VerticalLayout implements BeforeEnterObserver {
    private final DecisionRegister register;
    private final DrawArchive draws;

    RegisterEntryView(DecisionRegister register, DrawArchive draws) {
        this.register = register;
        this.draws = draws;
        setId("register-entry");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> caseId = event.getRouteParameters().get("caseId").filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf);
        show(caseId.flatMap(register::entry));
    }

    /** Shows the entry of a case, or says that it is not in the register. */
    void show(long caseId) {
        show(register.entry(caseId));
    }

    private void show(Optional<RegisterEntry> found) {
        removeAll();
        add(new RouterLink(getTranslation("register.back"), RegisterView.class));
        if (found.isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("register.notFound"));
            missing.setId("entry-missing");
            add(missing);
            return;
        }
        RegisterEntry e = found.get();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        H2 title = new H2("#" + e.caseId() + " " + e.title());
        title.setId("entry-title");
        Paragraph summary = new Paragraph(e.summary() == null ? "" : e.summary());
        summary.setId("entry-summary");
        add(title, new Span(getTranslation("register.topicLine", e.topic(), e.region())), summary,
                field("entry-outcome", "register.outcome", RegisterView.outcomeLabel(this, e.outcome())),
                field("entry-document", "register.documentId", e.documentId()),
                field("entry-sha256", "register.sha256", e.minutesSha256()),
                field("entry-published", "register.published", getTranslation("register.publishedBy", e.publishedBy(),
                        time.format(e.publishedAt()))));
        if (e.developmentKey()) {
            Paragraph dev = new Paragraph(getTranslation("register.developmentKeyHint"));
            dev.setId("entry-dev-key");
            dev.getStyle().set("color", "var(--lumo-error-text-color)");
            add(dev);
        }
        String file = "minutes-" + e.caseId() + ".pdf";
        Anchor pdf = new Anchor("/public/decisions/" + e.caseId() + "/minutes.pdf", getTranslation("register.download"));
        pdf.setId("minutes-pdf");
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", file);
        add(pdf, new H3(getTranslation("register.howToCheck")), new Paragraph(getTranslation("register.checkSignature")),
                new Pre("pdfsig " + file + "\nsha256sum " + file), new Paragraph(getTranslation("register.checkHash")));
        RouterLink verify = new RouterLink(getTranslation("register.verifyLink"), VerifyView.class);
        verify.setId("entry-verify-link");
        add(verify);
        addDraws(e.caseId());
        add(new H3(getTranslation("register.certificateTitle")), new Paragraph(getTranslation("register.certificateHint")),
                download("register-certificate", RegisterCertificate.PATH, "register-certificate.pem"),
                new Pre("java -jar governance-app.jar minutes-verify --certificate register-certificate.pem " + file));
    }

    /** The files of every draw of the case, and the command that re-runs it from them alone. */
    private void addDraws(long caseId) {
        List<Long> panels = draws.panelIdsOfCase(caseId);
        if (panels.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("register.drawsTitle")), new Paragraph(getTranslation("register.drawsHint")));
        for (long panelId : panels) {
            add(new Div(new Span(getTranslation("register.draw", panelId) + " "),
                    download("draw-" + panelId + "-pool", "/public/draws/" + panelId + "/pool.csv", "pool.csv"), new Span(" · "),
                    download("draw-" + panelId + "-record", "/public/draws/" + panelId + "/record.json", "record.json")));
        }
        add(new Pre("mkdir draw && mv pool.csv record.json draw/\njava -jar governance-app.jar sortition-verify --record draw"));
    }

    private static Anchor download(String id, String href, String file) {
        Anchor a = new Anchor(href, file);
        a.setId(id);
        a.setRouterIgnore(true);
        a.getElement().setAttribute("download", file);
        return a;
    }

    private Div field(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "bold");
        Span text = new Span(value == null ? "" : value);
        text.setId(id);
        if ("entry-sha256".equals(id)) {
            text.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        }
        return new Div(label, text);
    }
}

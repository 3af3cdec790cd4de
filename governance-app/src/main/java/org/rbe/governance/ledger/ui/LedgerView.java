package org.rbe.governance.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.ledger.LedgerHead;
import org.rbe.governance.ledger.LedgerVerification;

/** The audit ledger for everyone, no login: head, a verify button, the latest entries and the download. */
@Route("ledger")
@PageTitle("Audit ledger")
@Menu(order = 6, title = "nav.ledger")
@AnonymousAllowed
class LedgerView extends VerticalLayout {
    static final int SHOWN = 200;
    private final AuditLedger ledger;

    LedgerView(AuditLedger ledger) {
        this.ledger = ledger;
        setId("ledger");
        LedgerHead head = ledger.head();
        Span headHash = new Span(head.hash());
        headHash.setId("ledger-head");
        headHash.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        Paragraph verdict = new Paragraph();
        verdict.setId("ledger-verdict");
        Button verify = new Button(getTranslation("ledger.verifyNow"), e -> {
            LedgerVerification v = ledger.verify();
            verdict.setText(v.line());
            verdict.getStyle().set("color", v.ok() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        });
        verify.setId("ledger-verify");
        Anchor download = new Anchor("/public/ledger.jsonl", getTranslation("ledger.download"));
        download.setRouterIgnore(true);
        download.setId("ledger-download");
        download.getElement().setAttribute("download", "ledger.jsonl");
        DateTimeFormatter time = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneId.of("UTC"));
        Grid<LedgerEntry> grid = new Grid<>();
        grid.setId("ledger-grid");
        grid.addColumn(LedgerEntry::seq).setHeader(getTranslation("ledger.seq")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> time.format(e.recordedAt()) + "Z").setHeader(getTranslation("ledger.time")).setAutoWidth(true);
        grid.addColumn(LedgerEntry::type).setHeader(getTranslation("ledger.type")).setAutoWidth(true);
        grid.addColumn(LedgerEntry::subject).setHeader(getTranslation("ledger.subject")).setAutoWidth(true);
        grid.addColumn(LedgerEntry::payload).setHeader(getTranslation("ledger.payload")).setFlexGrow(3);
        grid.addColumn(e -> e.hash().substring(0, 16) + "…").setHeader(getTranslation("ledger.hash")).setAutoWidth(true);
        grid.setItems(ledger.latest(SHOWN));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("ledger.title")), new Paragraph(getTranslation("ledger.intro")),
                new Paragraph(new Span(getTranslation("ledger.head", head.entries()) + ": "), headHash), verify, verdict,
                download, new H3(getTranslation("ledger.howToCheck")), new Paragraph(getTranslation("ledger.checkHint")),
                new Pre("java -jar governance-app.jar ledger-verify --file ledger.jsonl\n"
                        + "java -jar governance-app.jar ledger-verify --db jdbc:postgresql://HOST/governance"),
                new Paragraph(getTranslation("ledger.formula")),
                new H3(getTranslation("ledger.latest", SHOWN)), grid);
    }
}

package org.rbe.governance.publication.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import org.rbe.governance.minutes.MinutesVerification;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.ui.Uploads;

/**
 * Anyone uploads a PDF and learns whether it is authentic, unmodified minutes of this register, who signed it and
 * when, and, when it is not, why. The file is checked in memory and not kept.
 */
@Route("verify")
@PageTitle("Verify minutes")
@Menu(order = 6, title = "nav.verify")
@AnonymousAllowed
class VerifyView extends VerticalLayout {
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final MinutesVerifier verifier;
    private final DecisionRegister register;
    private final Upload upload = new Upload(Uploads.inMemory(MAX_BYTES, (meta, bytes) -> check(meta.fileName(), bytes)));
    private final Div result = new Div();

    VerifyView(MinutesVerifier verifier, DecisionRegister register) {
        this.verifier = verifier;
        this.register = register;
        setId("verify");
        upload.setId("verify-upload");
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        Uploads.translate(upload, getLocale());
        upload.addFileRejectedListener(e -> showRejection(e.getErrorMessage()));
        result.setId("verify-result");
        result.setWidthFull();
        add(new H2(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")), upload, result,
                new RouterLink(getTranslation("register.back"), RegisterView.class));
    }

    /** Checks the uploaded bytes and shows the verdict; called by the upload, and by tests. */
    void check(String fileName, byte[] pdf) {
        upload.clearFileList();
        MinutesVerification verification = verifier.verify(pdf);
        result.removeAll();
        H3 verdict = new H3(getTranslation(verification.valid() ? "verify.valid" : "verify.invalid", fileName));
        verdict.setId("verify-verdict");
        verdict.getStyle().set("color", verification.valid() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        Paragraph reason = new Paragraph(getTranslation(verification.reasonKey()));
        reason.setId("verify-reason");
        result.add(verdict, reason);
        Optional<RegisterEntry> published = register.entryByMinutesSha256(sha256(pdf));
        if (published.isPresent()) {
            RegisterEntry e = published.get();
            Paragraph match = new Paragraph(getTranslation("verify.publishedFile", String.valueOf(e.caseId()), e.title(),
                    e.documentId()));
            match.setId("verify-published");
            result.add(match, new RouterLink(getTranslation("verify.openEntry"), RegisterEntryView.class,
                    new RouteParameters("caseId", String.valueOf(e.caseId()))));
            if (e.developmentKey()) {
                Paragraph dev = new Paragraph(getTranslation("register.developmentKeyHint"));
                dev.setId("verify-dev-key");
                result.add(dev);
            }
        } else if (verification.valid()) {
            Paragraph other = new Paragraph(getTranslation("verify.notThePublishedFile"));
            other.setId("verify-not-published");
            result.add(other);
        }
        if (!verification.signatures().isEmpty()) {
            result.add(new H3(getTranslation("verify.signatures",
                    String.valueOf(verification.signatures().size()))));
            UnorderedList list = new UnorderedList();
            list.setId("verify-signatures");
            verification.signatures().forEach(s -> list.add(signature(s)));
            result.add(list);
        }
    }

    private ListItem signature(MinutesVerification.Signature s) {
        ListItem item = new ListItem();
        item.setId("verify-signature-" + s.number());
        Span who = new Span(s.signatory() == null ? getTranslation("verify.noSignatory")
                : getTranslation("verify.signatory", s.signatory()));
        who.getStyle().set("font-weight", "bold");
        item.add(who);
        line(item, getTranslation("verify.key", orDash(s.signerName()),
                getTranslation(s.byThisRegister() ? "verify.keyOurs" : "verify.keyForeign")));
        line(item, getTranslation("verify.signedAt", time(s.signedAt())));
        line(item, s.timestampedAt() == null ? getTranslation("verify.noTimestamp")
                : getTranslation("verify.timestamp", time(s.timestampedAt()), orDash(s.timestampAuthority())));
        line(item, getTranslation(!s.intact() ? "verify.broken" : s.coversWholeDocument() ? "verify.coversAll"
                : "verify.coversRevision", String.valueOf(s.revision())));
        if (s.reason() != null) {
            line(item, getTranslation("verify.signedReason", s.reason()));
        }
        return item;
    }

    private static void line(ListItem item, String text) {
        item.add(new Div(new Span(text)));
    }

    private void showRejection(String message) {
        result.removeAll();
        Paragraph refused = new Paragraph(getTranslation("verify.rejected", message));
        refused.setId("verify-rejected");
        result.add(refused);
    }

    private static String time(Instant instant) {
        return instant == null ? "\u2014" : TIME.format(instant);
    }

    private static String orDash(String value) {
        return value == null ? "\u2014" : value;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes == null ? new byte[0] : bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

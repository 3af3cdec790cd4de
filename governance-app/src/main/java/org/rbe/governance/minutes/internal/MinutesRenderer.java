package org.rbe.governance.minutes.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

import org.rbe.governance.minutes.MinutesContent;

/** Lays out the minutes as an unsigned PDF: title block, one section per part, and a footer on every page. */
public final class MinutesRenderer {
    private static final float MARGIN = 42;

    /**
     * The unsigned PDF of these minutes; {@code developmentKey} adds the development banner on page 1, and
     * {@code certificateSha256} (the fingerprint of the certificate it will be signed with) is printed under the title.
     */
    public byte[] render(MinutesContent content, boolean developmentKey, String certificateSha256) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        WriterProperties properties = new WriterProperties().setFullCompressionMode(true);
        PdfDocument pdf = new PdfDocument(new PdfWriter(out, properties));
        Document document = new Document(pdf, PageSize.A4, false);
        try {
            describe(pdf.getDocumentInfo(), content);
            PdfStyle style = new PdfStyle(EmbeddedFonts.regular(), EmbeddedFonts.bold(), content.locale(), content.kind());
            document.setMargins(MARGIN, MARGIN, MARGIN + 10, MARGIN);
            document.setFont(style.regular()).setFontSize(PdfStyle.BODY_SIZE);
            for (MinutesSection section : sections(developmentKey, certificateSha256)) {
                section.write(document, content, style);
            }
            addFooters(document, pdf, content, style);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static List<MinutesSection> sections(boolean developmentKey, String certificateSha256) {
        return List.of(new TitleSection(developmentKey, certificateSha256), new DataSection(), new ScenarioSection(),
                new ReviewSection(), new JurySection(), new DeliberationSection(), new TallySection(), new TimelineSection());
    }

    private static void describe(PdfDocumentInfo info, MinutesContent content) {
        info.setTitle(content.title());
        info.setSubject(content.documentId());
        info.setAuthor(content.publishedBy());
        info.setCreator("Governance register");
        info.setMoreInfo("CaseId", String.valueOf(content.caseId()));
    }

    private static void addFooters(Document document, PdfDocument pdf, MinutesContent content, PdfStyle style) {
        int total = pdf.getNumberOfPages();
        for (int page = 1; page <= total; page++) {
            Rectangle size = pdf.getPage(page).getPageSize();
            String text = style.text("footer", content.documentId(), String.valueOf(page), String.valueOf(total));
            document.showTextAligned(new Paragraph(text).setFont(style.regular()).setFontSize(8)
                            .setFontColor(ColorConstants.DARK_GRAY),
                    size.getWidth() / 2, MARGIN / 2, page, TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
        }
    }
}

package org.rbe.governance.minutes.internal;

import java.util.List;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;

import org.rbe.governance.minutes.MinutesContent;

/** The title block: optional development-key banner, title, identifiers, outcome, summary and the signing certificate. */
final class TitleSection implements MinutesSection {
    private final boolean developmentKey;
    private final String certificateSha256;

    TitleSection(boolean developmentKey, String certificateSha256) {
        this.developmentKey = developmentKey;
        this.certificateSha256 = certificateSha256;
    }

    @Override
    public void write(Document document, MinutesContent content, PdfStyle style) {
        if (developmentKey) {
            document.add(new Paragraph(style.text("devBanner")).setFont(style.bold()).setFontSize(12)
                    .setFontColor(ColorConstants.RED).setBorder(new SolidBorder(ColorConstants.RED, 2))
                    .setTextAlignment(TextAlignment.CENTER).setPadding(6).setMarginBottom(10));
        }
        document.add(new Paragraph(style.text("title")).setFont(style.bold()).setFontSize(20)
                .setTextAlignment(TextAlignment.CENTER).setMarginBottom(0));
        document.add(new Paragraph(content.title()).setFont(style.bold()).setFontSize(14)
                .setTextAlignment(TextAlignment.CENTER).setMarginTop(2));
        document.add(style.paragraph(style.text("case", String.valueOf(content.caseId())) + "  \u00b7  "
                + style.text("documentId", content.documentId())).setTextAlignment(TextAlignment.CENTER));
        document.add(style.facts(List.of(
                new String[] {"topic", content.topic()},
                new String[] {"region", content.region()},
                new String[] {"outcome", content.outcome()},
                new String[] {"publishedBy", content.publishedBy()},
                new String[] {"publishedAt", style.time(content.publishedAt())})).setMarginTop(8));
        style.subheading(document, style.text("summary"));
        document.add(style.paragraph(content.summary()));
        document.add(style.paragraph(style.text("signatureNote")).setFontSize(8)
                .setFontColor(ColorConstants.DARK_GRAY));
        if (certificateSha256 != null) {
            document.add(style.paragraph(style.text("certificate", certificateSha256,
                    org.rbe.governance.minutes.RegisterCertificate.PATH)).setFontSize(8).setFontColor(ColorConstants.DARK_GRAY));
        }
    }
}

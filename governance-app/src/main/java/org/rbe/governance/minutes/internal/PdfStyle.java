package org.rbe.governance.minutes.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;

import org.rbe.governance.minutes.MinutesContent;
import org.rbe.governance.shared.Messages;

/** Fonts, translated labels and the small set of building blocks every section uses. */
final class PdfStyle {
    static final float BODY_SIZE = 9.5f;
    private static final DeviceRgb HEADER_FILL = new DeviceRgb(230, 234, 240);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final PdfFont regular;
    private final PdfFont bold;
    private final Locale locale;
    private final String kind;

    PdfStyle(PdfFont regular, PdfFont bold, Locale locale) {
        this(regular, bold, locale, MinutesContent.DECISION);
    }

    /** A style whose labels are those of minutes of {@code kind}, where that kind names a label differently. */
    PdfStyle(PdfFont regular, PdfFont bold, Locale locale, String kind) {
        this.regular = regular;
        this.bold = bold;
        this.locale = locale;
        this.kind = kind;
    }

    PdfFont regular() {
        return regular;
    }

    PdfFont bold() {
        return bold;
    }

    String text(String key, Object... args) {
        if (!MinutesContent.DECISION.equals(kind)) {
            String specific = "minutes." + kind + "." + key;
            String text = Messages.get(locale, specific, args);
            if (!text.startsWith(specific)) {
                return text;
            }
        }
        return Messages.get(locale, "minutes." + key, args);
    }

    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    String yesNo(boolean value) {
        return text(value ? "yes" : "no");
    }

    String orNotRecorded(String value) {
        return value == null || value.isBlank() ? text("notRecorded") : value;
    }

    void heading(Document document, String key) {
        document.add(new Paragraph(text(key)).setFont(bold).setFontSize(13).setMarginTop(14).setMarginBottom(4));
    }

    void subheading(Document document, String text) {
        document.add(new Paragraph(text).setFont(bold).setFontSize(11).setMarginTop(8).setMarginBottom(2));
    }

    Paragraph paragraph(String text) {
        return new Paragraph(text == null ? "" : text).setFont(regular).setFontSize(BODY_SIZE);
    }

    void none(Document document) {
        document.add(paragraph(text("none")).setFontColor(ColorConstants.DARK_GRAY));
    }

    /** A two-column table of label and value pairs; labels are message keys. */
    Table facts(List<String[]> keyAndValue) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {32, 68})).useAllAvailableWidth();
        for (String[] row : keyAndValue) {
            table.addCell(cell(text(row[0]), true));
            table.addCell(cell(row[1], false));
        }
        return table;
    }

    /** A table with a header row of translated labels (message keys) and the given rows of text. */
    Table table(float[] widths, List<String> headerKeys, List<List<String>> rows) {
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
        for (String key : headerKeys) {
            table.addHeaderCell(cell(text(key), true).setBackgroundColor(HEADER_FILL));
        }
        for (List<String> row : rows) {
            row.forEach(value -> table.addCell(cell(value, false)));
        }
        return table;
    }

    private Cell cell(String value, boolean header) {
        return new Cell().add(new Paragraph(value == null ? "" : value).setFont(header ? bold : regular)
                .setFontSize(header ? BODY_SIZE - 0.5f : BODY_SIZE)).setPadding(3);
    }
}

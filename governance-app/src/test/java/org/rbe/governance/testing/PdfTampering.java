package org.rbe.governance.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;

/** The ways a signed PDF gets tampered with, for tests: one byte changed, a page appended, the signatures stripped. */
public final class PdfTampering {
    private PdfTampering() {
    }

    /** A copy with one bit flipped in the middle of the longest stream (the embedded font): still a parseable PDF. */
    public static byte[] oneByteChanged(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int bestStart = -1;
        int bestLength = 0;
        int from = 0;
        while (true) {
            int start = text.indexOf("stream\n", from);
            int end = start < 0 ? -1 : text.indexOf("endstream", start + 7);
            if (end < 0) {
                break;
            }
            if (end - start > bestLength) {
                bestLength = end - start;
                bestStart = start + 7;
            }
            from = end + 9;
        }
        if (bestStart < 0) {
            throw new IllegalArgumentException("No stream in this PDF");
        }
        byte[] changed = pdf.clone();
        changed[bestStart + bestLength / 2] ^= 0x01;
        return changed;
    }

    /** A copy with an empty page added as an incremental update after the signatures. */
    public static byte[] pageAppended(byte[] pdf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            document.addNewPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A copy rewritten without its signature fields. */
    public static byte[] signaturesStripped(byte[] pdf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out))) {
            PdfAcroForm form = PdfAcroForm.getAcroForm(document, false);
            if (form != null) {
                form.getAllFormFields().keySet().forEach(form::removeField);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package org.rbe.governance.minutes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;

/** DejaVu Sans (Latin and Cyrillic) from the classpath, parsed once and embedded as a subset into each PDF. */
final class EmbeddedFonts {
    private static final FontProgram REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final FontProgram BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private EmbeddedFonts() {
    }

    static PdfFont regular() {
        return PdfFontFactory.createFont(REGULAR, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    static PdfFont bold() {
        return PdfFontFactory.createFont(BOLD, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static FontProgram load(String resource) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return FontProgramFactory.createFont(in.readAllBytes(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

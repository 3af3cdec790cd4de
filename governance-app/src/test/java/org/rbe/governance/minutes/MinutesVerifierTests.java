package org.rbe.governance.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.minutes.internal.DevelopmentKeyGenerator;

class MinutesVerifierTests {
    @TempDir
    static Path keys;
    static MinutesVerifier verifier;
    static SignedMinutes signed;

    @BeforeAll
    static void signOnce() {
        MinutesSettings settings = MinutesSettings.development(keys.resolve("dev-signing.p12"), "Register");
        verifier = new MinutesVerifier(settings);
        signed = new MinutesPublisher(settings, null).publish(MinutesFixtures.wheatDecision(Locale.forLanguageTag("ru"),
                MinutesFixtures.MERKLE_ROOT, MinutesFixtures.AUDIT_HEAD));
    }

    @Test
    void signedMinutesAreValid() {
        MinutesVerification result = verifier.verify(signed.pdf());

        assertThat(result.valid()).isTrue();
        assertThat(result.reason()).endsWith("[minutes.verify.valid]");
        assertThat(result.signerName()).isEqualTo(DevelopmentKeyGenerator.DEVELOPMENT_CN);
        assertThat(result.signedAt()).isBetween(Instant.now().minus(Duration.ofMinutes(10)), Instant.now());
        assertThat(result.coversWholeDocument()).isTrue();
        assertThat(result.signedByThisRegister()).isTrue();
        assertThat(result.signatureCount()).isEqualTo(1);
    }

    @Test
    void oneChangedByteMakesTheMinutesInvalid() {
        byte[] tampered = signed.pdf().clone();
        tampered[middleOfLargestStream(tampered)] ^= 0x01;

        MinutesVerification result = verifier.verify(tampered);

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo("The document was changed after signing: the signature does not "
                + "match its content. [minutes.verify.integrityFailed]");
    }

    @Test
    void aPageAppendedAfterSigningIsNotCoveredBySignature() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed.pdf())),
                new PdfWriter(out), new StampingProperties().useAppendMode())) {
            pdf.addNewPage();
        }

        MinutesVerification result = verifier.verify(out.toByteArray());

        assertThat(result.valid()).isFalse();
        assertThat(result.coversWholeDocument()).isFalse();
        assertThat(result.signedByThisRegister()).isTrue();
        assertThat(result.reason()).endsWith("[minutes.verify.notWholeDocument]");
    }

    @Test
    void minutesWithTheSignatureStrippedAreInvalid() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed.pdf())),
                new PdfWriter(out))) {
            PdfAcroForm form = PdfAcroForm.getAcroForm(pdf, false);
            form.getAllFormFields().keySet().forEach(form::removeField);
        }

        MinutesVerification result = verifier.verify(out.toByteArray());

        assertThat(result.valid()).isFalse();
        assertThat(result.signatureCount()).isZero();
        assertThat(result.reason()).endsWith("[minutes.verify.noSignature]");
    }

    @Test
    void anUnsignedPdfIsInvalid() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document document = new Document(new PdfDocument(new PdfWriter(out)))) {
            document.add(new Paragraph("Minutes of decision " + MinutesFixtures.DOCUMENT_ID));
        }

        MinutesVerification result = verifier.verify(out.toByteArray());

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).endsWith("[minutes.verify.noSignature]");
    }

    @Test
    void bytesThatAreNotAPdfAreInvalid() {
        assertThat(verifier.verify("hello".getBytes(StandardCharsets.US_ASCII)).reason())
                .isEqualTo("The file is not a readable PDF. [minutes.verify.notPdf]");
        assertThat(verifier.verify(new byte[0]).valid()).isFalse();
        assertThat(verifier.verify(null).valid()).isFalse();
        byte[] truncated = java.util.Arrays.copyOf(signed.pdf(), signed.pdf().length / 2);
        assertThat(verifier.verify(truncated).valid()).isFalse();
    }

    @Test
    void minutesSignedWithAnotherKeyAreNotThisRegisters() {
        MinutesSettings other = MinutesSettings.development(keys.resolve("other/dev-signing.p12"), "Elsewhere");
        SignedMinutes foreign = new MinutesPublisher(other, null)
                .publish(MinutesFixtures.wheatDecision(Locale.ENGLISH, null, null));

        MinutesVerification result = verifier.verify(foreign.pdf());

        assertThat(new MinutesVerifier(other).verify(foreign.pdf()).valid()).isTrue();
        assertThat(result.valid()).isFalse();
        assertThat(result.coversWholeDocument()).isTrue();
        assertThat(result.signedByThisRegister()).isFalse();
        assertThat(result.reason()).endsWith("[minutes.verify.foreignSigner]");
    }

    /** The middle byte of the longest stream (the embedded font): changing it keeps the file parseable. */
    static int middleOfLargestStream(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int bestStart = -1;
        int bestLength = 0;
        int from = 0;
        while (true) {
            int start = text.indexOf("stream\n", from);
            if (start < 0) {
                break;
            }
            int end = text.indexOf("endstream", start + 7);
            if (end < 0) {
                break;
            }
            if (end - start > bestLength) {
                bestLength = end - start;
                bestStart = start + 7;
            }
            from = end + 9;
        }
        assertThat(bestStart).isPositive();
        return bestStart + bestLength / 2;
    }
}

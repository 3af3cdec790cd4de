package org.rbe.governance.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.ServiceLoader;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.minutes.internal.MinutesVerifyMode;
import org.rbe.governance.shared.CommandLineMode;

/** {@code java -jar governance-app.jar minutes-verify FILE.pdf}: the verdict, the signatures and the exit code. */
class MinutesVerifyModeTests {
    @TempDir
    static Path dir;
    static Path keystore;
    static Path signed;
    static byte[] pdf;

    @BeforeAll
    static void signMinutes() throws Exception {
        keystore = dir.resolve("keys/dev-signing.p12");
        MinutesPublisher publisher = new MinutesPublisher(MinutesSettings.development(keystore, "Register"), null);
        pdf = publisher.countersign(publisher.publish(MinutesFixtures.wheatDecision(Locale.forLanguageTag("ru"),
                MinutesFixtures.MERKLE_ROOT, MinutesFixtures.AUDIT_HEAD)).pdf(), "Петров С. В.", "chair").pdf();
        signed = write("signed.pdf", pdf);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run verify(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new MinutesVerifyMode().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    /** The register's key as the application finds it: the development keystore at its configured path. */
    private static String configuredKey() {
        return "--governance.minutes.dev-keystore-path=" + keystore;
    }

    @Test
    void theModeIsRegisteredForTheJar() {
        assertThat(ServiceLoader.load(CommandLineMode.class).stream().map(p -> p.get().name()))
                .contains("minutes-verify", "simulate");
    }

    @Test
    void validMinutesExitZeroAndListEverySignature() {
        Run run = verify(signed.toString(), configuredKey());

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(MinutesVerifyMode.VALID);
        assertThat(run.out()).startsWith("VALID: " + signed).contains("[minutes.verify.valid]",
                "development keystore " + keystore, "Signature 1 of 2: field MinutesSignature, PAdES B-B, intact",
                "Signature 2 of 2: field MinutesSignature-2", "signatory: Клерк Иванова А. П.",
                "signatory: Петров С. В.", "Countersigned by Петров С. В. as chair", "covers:    the whole file",
                "revision 1 only", "(this register's key)");
    }

    @Test
    void oneChangedByteIsInvalid() throws Exception {
        byte[] changed = pdf.clone();
        changed[MinutesVerifierTests.middleOfLargestStream(changed)] ^= 0x01;

        Run run = verify(write("one-byte.pdf", changed).toString(), configuredKey());

        assertThat(run.exit()).isEqualTo(MinutesVerifyMode.INVALID);
        assertThat(run.out()).startsWith("INVALID: ").contains("[minutes.verify.integrityFailed]", "BROKEN");
    }

    @Test
    void aPageAppendedAfterSigningIsInvalid() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            document.addNewPage();
        }

        Run run = verify(write("appended.pdf", out.toByteArray()).toString(), configuredKey());

        assertThat(run.exit()).isEqualTo(MinutesVerifyMode.INVALID);
        assertThat(run.out()).contains("[minutes.verify.notWholeDocument]").doesNotContain("the whole file");
    }

    @Test
    void minutesWithTheSignaturesStrippedAreInvalid() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out))) {
            PdfAcroForm form = PdfAcroForm.getAcroForm(document, false);
            form.getAllFormFields().keySet().forEach(form::removeField);
        }

        Run run = verify(write("stripped.pdf", out.toByteArray()).toString(), configuredKey());

        assertThat(run.exit()).isEqualTo(MinutesVerifyMode.INVALID);
        assertThat(run.out()).contains("[minutes.verify.noSignature]");
    }

    @Test
    void minutesOfAnotherRegisterAreInvalid() {
        Path other = dir.resolve("other/dev-signing.p12");
        new MinutesPublisher(MinutesSettings.development(other, "Elsewhere"), null)
                .publish(MinutesFixtures.wheatDecision(Locale.ENGLISH, null, null));

        Run run = verify(signed.toString(), "--keystore", other.toString());

        assertThat(run.exit()).isEqualTo(MinutesVerifyMode.INVALID);
        assertThat(run.out()).contains("[minutes.verify.foreignSigner]", "NOT this register's key", "keystore " + other);
    }

    @Test
    void theKeyMayBeGivenAsAKeystoreOrACertificate() throws Exception {
        Run byKeystore = verify(signed.toString(), "--keystore", keystore.toString());
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(
                new MinutesVerifier(MinutesSettings.development(keystore, "x")).registerCertificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        Run byCertificate = verify(signed.toString(), "--certificate", write("register.pem",
                pem.getBytes(StandardCharsets.US_ASCII)).toString());

        assertThat(byKeystore.exit()).as(byKeystore.err()).isEqualTo(MinutesVerifyMode.VALID);
        assertThat(byCertificate.exit()).as(byCertificate.err()).isEqualTo(MinutesVerifyMode.VALID);
        assertThat(byCertificate.out()).contains("certificate " + dir.resolve("register.pem"));
    }

    @Test
    void withoutAFileOrAKeyItCannotCheck() {
        assertThat(verify().exit()).isEqualTo(MinutesVerifyMode.CANNOT_CHECK);
        Run missingFile = verify(dir.resolve("nowhere.pdf").toString(), configuredKey());
        assertThat(missingFile.exit()).isEqualTo(MinutesVerifyMode.CANNOT_CHECK);
        assertThat(missingFile.err()).contains("Cannot read");
        Run noKey = verify(signed.toString(), "--governance.minutes.dev-keystore-path=" + dir.resolve("none/dev.p12"));
        assertThat(noKey.exit()).isEqualTo(MinutesVerifyMode.CANNOT_CHECK);
        assertThat(noKey.err()).contains("No register key yet");
        assertThat(Files.exists(dir.resolve("none/dev.p12"))).as("verification never creates a key").isFalse();
    }
}

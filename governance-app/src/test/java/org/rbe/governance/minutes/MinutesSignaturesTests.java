package org.rbe.governance.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.minutes.MinutesVerification.Signature;
import org.rbe.governance.minutes.internal.PadesSigning;
import org.rbe.governance.minutes.internal.SigningKeyStore;
import org.rbe.governance.shared.UserFacingException;

/** PAdES B-T with a timestamp authority, and successive signatures (clerk, then chair) as incremental updates. */
class MinutesSignaturesTests {
    private static final String CLERK = "Клерк Иванова А. П.";
    private static final String CHAIR = "Петров С. В.";

    @TempDir
    static Path dir;
    static LocalTimestampAuthority tsa;
    static MinutesSettings settings;
    static MinutesPublisher publisher;
    static MinutesVerifier verifier;

    @BeforeAll
    static void setUp() throws Exception {
        tsa = new LocalTimestampAuthority("register", "tsa secret");
        settings = MinutesSettings.development(dir.resolve("dev-signing.p12"), "Register");
        publisher = new MinutesPublisher(settings, null);
        verifier = new MinutesVerifier(settings);
    }

    @AfterAll
    static void tearDown() {
        tsa.close();
    }

    private static MinutesContent wheat() {
        return MinutesFixtures.wheatDecision(Locale.forLanguageTag("ru"), MinutesFixtures.MERKLE_ROOT,
                MinutesFixtures.AUDIT_HEAD);
    }

    @Test
    void withATimestampAuthorityTheSignatureIsPadesBT() throws Exception {
        MinutesPublisher timestamped = new MinutesPublisher(settings.withTimestampAuthority(tsa.url(), "register",
                "tsa secret"), null);
        int before = tsa.tokensIssued();

        SignedMinutes signed = timestamped.publish(wheat());

        assertThat(tsa.tokensIssued()).isEqualTo(before + 1);
        MinutesVerification result = verifier.verify(signed.pdf());
        assertThat(result.valid()).as(result.reason()).isTrue();
        Signature signature = result.signatures().get(0);
        assertThat(signature.padesLevel()).isEqualTo("B-T");
        assertThat(signature.timestampAuthority()).isEqualTo(LocalTimestampAuthority.NAME);
        assertThat(signature.timestampedAt()).isBetween(Instant.now().minus(Duration.ofMinutes(5)), Instant.now());
        assertThat(signature.signatory()).isEqualTo(CLERK);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed.pdf())))) {
            PdfPKCS7 pkcs7 = new SignatureUtil(pdf).readSignatureData("MinutesSignature");
            assertThat(pkcs7.verifyTimestampImprint()).isTrue();
            assertThat(pkcs7.getFilterSubtype().getValue()).isEqualTo("ETSI.CAdES.detached");
        }
        Pdfsig.report(signed.pdf(), dir, "timestamped.pdf").ifPresent(report ->
                assertThat(report).contains("Signature is Valid", "Total document signed"));
    }

    @Test
    void withoutATimestampAuthorityTheSignatureIsPadesBB() {
        MinutesVerification result = verifier.verify(publisher.publish(wheat()).pdf());

        assertThat(result.signatures()).singleElement().satisfies(s -> {
            assertThat(s.padesLevel()).isEqualTo("B-B");
            assertThat(s.timestampedAt()).isNull();
            assertThat(s.timestampAuthority()).isNull();
        });
    }

    @Test
    void anUnreachableTimestampAuthorityFailsTheSigningWithItsAddress() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/tsr";
        MinutesPublisher unreachable = new MinutesPublisher(settings.withTimestampAuthority(url, null, null), null);

        assertThatThrownBy(() -> unreachable.publish(wheat())).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("minutes.error.sign");
            assertThat(e.getMessage()).contains(url);
        });
    }

    @Test
    void theTimestampAuthorityGetsTheConfiguredCredentials() {
        MinutesPublisher wrongPassword = new MinutesPublisher(settings.withTimestampAuthority(tsa.url(), "register",
                "wrong"), null);

        assertThatThrownBy(() -> wrongPassword.publish(wheat())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("HTTP status 401");
    }

    @Test
    void theChairCountersignsAfterTheClerkAndBothSignaturesAreReported() throws Exception {
        SignedMinutes clerk = publisher.publish(wheat());

        SignedMinutes chair = publisher.countersign(clerk.pdf(), CHAIR, "chair");

        assertThat(chair.documentId()).isEqualTo(MinutesFixtures.DOCUMENT_ID);
        assertThat(chair.pdf()).startsWith(clerk.pdf());
        MinutesVerification result = verifier.verify(chair.pdf());
        assertThat(result.valid()).as(result.reason()).isTrue();
        assertThat(result.signatureCount()).isEqualTo(2);
        assertThat(result.coversWholeDocument()).isTrue();
        List<Signature> signatures = result.signatures();
        assertThat(signatures).extracting(Signature::fieldName).containsExactly("MinutesSignature", "MinutesSignature-2");
        assertThat(signatures).extracting(Signature::signatory).containsExactly(CLERK, CHAIR);
        assertThat(signatures).extracting(Signature::revision).containsExactly(1, 2);
        assertThat(signatures).extracting(Signature::coversWholeDocument).containsExactly(false, true);
        assertThat(signatures).allMatch(s -> s.intact() && s.byThisRegister());
        assertThat(signatures.get(0).reason()).isEqualTo("Minutes of decision " + MinutesFixtures.DOCUMENT_ID);
        assertThat(signatures.get(1).reason()).isEqualTo("Countersigned by " + CHAIR + " as chair: minutes of decision "
                + MinutesFixtures.DOCUMENT_ID);
        assertThat(signatures.get(1).signedAt()).isAfterOrEqualTo(signatures.get(0).signedAt());
        Pdfsig.report(chair.pdf(), dir, "countersigned.pdf").ifPresent(report -> {
            assertThat(report).contains("Signature #1", "Signature #2", "MinutesSignature-2");
            assertThat(report.split("Signature is Valid", -1)).hasSize(3);
            assertThat(report).containsOnlyOnce("Total document signed");
        });
    }

    @Test
    void timestampedCountersignaturesAreBTToo() {
        MinutesPublisher timestamped = new MinutesPublisher(settings.withTimestampAuthority(tsa.url(), "register",
                "tsa secret"), null);

        SignedMinutes chair = timestamped.countersign(timestamped.publish(wheat()).pdf(), CHAIR, "chair");

        MinutesVerification result = verifier.verify(chair.pdf());
        assertThat(result.valid()).as(result.reason()).isTrue();
        assertThat(result.signatures()).extracting(Signature::padesLevel).containsExactly("B-T", "B-T");
    }

    @Test
    void changesAfterTheCountersignatureAreReported() throws Exception {
        byte[] countersigned = publisher.countersign(publisher.publish(wheat()).pdf(), CHAIR, "chair").pdf();

        ByteArrayOutputStream appended = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(countersigned)),
                new PdfWriter(appended), new StampingProperties().useAppendMode())) {
            pdf.addNewPage();
        }
        MinutesVerification afterPage = verifier.verify(appended.toByteArray());
        assertThat(afterPage.valid()).isFalse();
        assertThat(afterPage.reasonKey()).isEqualTo("minutes.verify.notWholeDocument");
        assertThat(afterPage.signatures()).extracting(Signature::coversWholeDocument).containsExactly(false, false);

        byte[] changed = countersigned.clone();
        changed[MinutesVerifierTests.middleOfLargestStream(changed)] ^= 0x01;
        MinutesVerification afterByte = verifier.verify(changed);
        assertThat(afterByte.valid()).isFalse();
        assertThat(afterByte.reasonKey()).isEqualTo("minutes.verify.integrityFailed");
        assertThat(afterByte.signatures()).extracting(Signature::intact).containsExactly(false, false);
    }

    @Test
    void aSignatureWithAnotherKeyOnTopOfTheRegistersIsForeign() throws Exception {
        var stranger = SigningKeyStore.open(MinutesSettings.development(dir.resolve("stranger/dev.p12"), "Elsewhere"));
        byte[] signedByStranger = PadesSigning.sign(publisher.publish(wheat()).pdf(), stranger, "I agree", "Elsewhere");

        MinutesVerification result = verifier.verify(signedByStranger);

        assertThat(result.valid()).isFalse();
        assertThat(result.reasonKey()).isEqualTo("minutes.verify.foreignSigner");
        assertThat(result.signatures()).extracting(Signature::byThisRegister).containsExactly(true, false);
        assertThat(result.signatures()).allMatch(Signature::intact);
    }

    @Test
    void onlyValidMinutesOfThisRegisterAreCountersigned() {
        byte[] tampered = publisher.publish(wheat()).pdf().clone();
        tampered[MinutesVerifierTests.middleOfLargestStream(tampered)] ^= 0x01;

        assertThatThrownBy(() -> publisher.countersign(tampered, CHAIR, "chair"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("minutes.error.countersignInvalid"));
        assertThatThrownBy(() -> publisher.countersign(publisher.publish(wheat()).pdf(), " ", "chair"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("minutes.error.countersignWho"));
    }
}

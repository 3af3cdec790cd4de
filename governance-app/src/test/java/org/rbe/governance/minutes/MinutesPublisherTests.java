package org.rbe.governance.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.minutes.internal.DevelopmentKeyGenerator;
import org.rbe.governance.minutes.internal.SigningKeyStore;

class MinutesPublisherTests {

    @TempDir
    static Path keys;
    static MinutesPublisher publisher;
    static final List<Object> events = new ArrayList<>();

    @BeforeAll
    static void createPublisher() {
        publisher = new MinutesPublisher(MinutesSettings.development(keys.resolve("dev-signing.p12"), "Северный регион"),
                events::add);
    }

    @Test
    void rendersAndSignsMinutesOfAFiveHundredJurorDecision() {
        SignedMinutes signed = publisher.publish(MinutesFixtures.wheatDecision(RUSSIAN, MinutesFixtures.MERKLE_ROOT,
                MinutesFixtures.AUDIT_HEAD));

        assertThat(new String(signed.pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(signed.documentId()).isEqualTo(MinutesFixtures.DOCUMENT_ID);
        assertThat(signed.developmentKey()).isTrue();
        assertThat(signed.signerName()).isEqualTo(DevelopmentKeyGenerator.DEVELOPMENT_CN);
        assertThat(signed.sha256()).isEqualTo(MinutesPublisher.sha256(signed.pdf())).hasSize(64);
        assertThat(events).contains(new MinutesSigned(42L, MinutesFixtures.DOCUMENT_ID, signed.sha256()));
    }

    @Test
    void extractedTextShowsCyrillicLabelsMerkleRootSeedTallyAndFooterOnEveryPage() throws Exception {
        SignedMinutes signed = publisher.publish(MinutesFixtures.wheatDecision(RUSSIAN, MinutesFixtures.MERKLE_ROOT,
                MinutesFixtures.AUDIT_HEAD));

        List<String> pages = pageTexts(signed.pdf());
        String all = String.join("\n", pages).replace("\n", " ");
        assertThat(all).contains("Протокол решения", "Распределение пшеницы в Северном регионе",
                "Подписано РАЗРАБОТЧЕСКИМ ключом", "Корень дерева Меркла", MinutesFixtures.MERKLE_ROOT,
                MinutesFixtures.AUDIT_HEAD, MinutesFixtures.SEED, "Сценарий B", "301", "487", "97.4 %",
                "Нормирование ниже 3000 ккал/сутки", "Smith J.", "LEXIMIN",
                "Диаграмма: состав жюри и квоты", "39 / 40", "106 / 105", "фактически, меньше квоты",
                "Правило принятия решения", "Простое большинство поданных голосов", "Требуемый кворум", "60.0 %",
                "Голосование", "Тайное", "Подписано сертификатом реестра, отпечаток SHA-256");
        assertThat(pages.get(0)).contains("Подписано РАЗРАБОТЧЕСКИМ ключом");
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Документ " + MinutesFixtures.DOCUMENT_ID,
                    "страница " + (i + 1) + " из " + pages.size());
        }
    }

    @Test
    void englishMinutesSayNotYetRecordedForMissingHashes() throws Exception {
        SignedMinutes signed = publisher.publish(MinutesFixtures.wheatDecision(Locale.ENGLISH, null, null));

        String all = String.join("\n", pageTexts(signed.pdf()));
        assertThat(all).contains("Minutes of decision", "Merkle root of all ballots", "not yet recorded",
                "Signed with a DEVELOPMENT key - not valid as an official record", "page 1 of", "Winning option",
                "Chart: jurors seated against the quotas", "seated, short of the quota", "How to re-run the draw",
                "Tie rule", "Quorum required", "Ballots", "Secret: the roll records who voted",
                "Signed with the register's certificate, SHA-256 fingerprint", "/public/register-certificate.pem");
        assertThat(all).doesNotContain("minutes.");
    }

    @Test
    void signatureValidatesWithItextAndCarriesReasonAndLocation() throws Exception {
        SignedMinutes signed = publisher.publish(MinutesFixtures.wheatDecision(RUSSIAN, MinutesFixtures.MERKLE_ROOT,
                MinutesFixtures.AUDIT_HEAD));

        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed.pdf())))) {
            SignatureUtil util = new SignatureUtil(pdf);
            assertThat(util.getSignatureNames()).hasSize(1);
            String name = util.getSignatureNames().get(0);
            PdfPKCS7 pkcs7 = util.readSignatureData(name);
            assertThat(pkcs7.verifySignatureIntegrityAndAuthenticity()).isTrue();
            assertThat(util.signatureCoversWholeDocument(name)).isTrue();
            assertThat(pkcs7.getReason()).isEqualTo("Minutes of decision " + MinutesFixtures.DOCUMENT_ID);
            assertThat(pkcs7.getLocation()).isEqualTo("Северный регион");
            assertThat(pkcs7.getFilterSubtype().getValue()).isEqualTo("ETSI.CAdES.detached");
        }
    }

    @Test
    void developmentKeystoreIsReusedAndItsPasswordFileIsOwnerOnly() throws Exception {
        Path path = keys.resolve("reuse/dev.p12");
        MinutesSettings settings = MinutesSettings.development(path, "here");
        var first = SigningKeyStore.open(settings);
        var second = SigningKeyStore.open(settings);

        assertThat(second.certificate()).isEqualTo(first.certificate());
        assertThat(first.certificate().getSubjectX500Principal().getName()).contains("NOT FOR PRODUCTION");
        long days = TimeUnit.MILLISECONDS.toDays(first.certificate().getNotAfter().getTime()
                - first.certificate().getNotBefore().getTime());
        assertThat(days).isBetween(5 * 365L, 5 * 366L);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(SigningKeyStore.passwordFile(path))))
                .isEqualTo("rw-------");
    }

    @Test
    void warmUpAtStartGeneratesTheDevelopmentKeyAndAnnouncesNothing() {
        Path path = keys.resolve("warm/dev.p12");
        List<Object> announced = new ArrayList<>();

        new MinutesPublisher(MinutesSettings.development(path, "here"), announced::add).warmUp();

        assertThat(path).exists();
        assertThat(SigningKeyStore.passwordFile(path)).exists();
        assertThat(announced).isEmpty();
    }

    @Test
    void configuredKeystoreSignsWithoutTheDevelopmentBanner() throws Exception {
        char[] password = "correct horse battery staple".toCharArray();
        KeyStore store = DevelopmentKeyGenerator.generate("Clerk office of the register", password);
        Path file = keys.resolve("clerk.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        MinutesPublisher official = new MinutesPublisher(new MinutesSettings(file.toString(), new String(password),
                DevelopmentKeyGenerator.ALIAS, "Capital", null), null);

        SignedMinutes signed = official.publish(MinutesFixtures.wheatDecision(Locale.ENGLISH, null, null));

        assertThat(signed.developmentKey()).isFalse();
        assertThat(signed.signerName()).isEqualTo("Clerk office of the register");
        assertThat(String.join("\n", pageTexts(signed.pdf()))).doesNotContain("DEVELOPMENT");
    }

    @Test
    void pdfsigReportsTheSignatureAsValid() throws Exception {
        SignedMinutes signed = publisher.publish(MinutesFixtures.wheatDecision(RUSSIAN, MinutesFixtures.MERKLE_ROOT,
                MinutesFixtures.AUDIT_HEAD));

        Optional<String> report = Pdfsig.report(signed.pdf(), keys, "signed.pdf");

        assumeTrue(report.isPresent(), "pdfsig (poppler-utils) is not installed");
        assertThat(report.get()).contains("Signature is Valid", "Total document signed");
    }

    @Test
    void fiveHundredJurorMinutesAreSmallAndQuick() {
        MinutesContent content = MinutesFixtures.wheatDecision(RUSSIAN, MinutesFixtures.MERKLE_ROOT,
                MinutesFixtures.AUDIT_HEAD);
        publisher.publish(content);
        int runs = 5;
        long best = Long.MAX_VALUE;
        long total = 0;
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            size = publisher.publish(content).pdf().length;
            long elapsed = System.nanoTime() - start;
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        System.out.printf("Minutes of a 500-juror decision: %d bytes, best %d ms, mean %d ms over %d runs%n",
                size, best / 1_000_000, total / runs / 1_000_000, runs);
        assertThat(size).isLessThan(1_000_000);
        assertThat(best / 1_000_000).isLessThan(1_000);
    }

    static List<String> pageTexts(byte[] bytes) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(pdf.getPage(i)));
            }
        }
        return pages;
    }

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
}

package org.rbe.governance.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.minutes.MinutesPublisher;
import org.rbe.governance.minutes.MinutesSettings;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.testing.BrowserlessUi;
import org.rbe.governance.testing.PdfTampering;
import org.rbe.governance.testing.SampleMinutes;

/** The public verify page: upload a PDF, learn whether it is this register's unmodified minutes, who signed and when. */
class VerifyViewTests {
    @TempDir
    static Path keys;
    static MinutesVerifier verifier;
    static byte[] published;
    static byte[] countersigned;
    static byte[] foreign;

    private final DecisionRegister register = mock(DecisionRegister.class);

    @BeforeAll
    static void signMinutes() {
        MinutesSettings settings = MinutesSettings.development(keys.resolve("dev-signing.p12"), "Register");
        MinutesPublisher publisher = new MinutesPublisher(settings, null);
        verifier = new MinutesVerifier(settings);
        published = publisher.publish(SampleMinutes.content(3, "DEC-3")).pdf();
        countersigned = publisher.countersign(published, "Chair Two", "chair").pdf();
        foreign = new MinutesPublisher(MinutesSettings.development(keys.resolve("other/dev.p12"), "Elsewhere"), null)
                .publish(SampleMinutes.content(3, "DEC-3")).pdf();
    }

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(RegisterView.class, RegisterEntryView.class, VerifyView.class);
        when(register.entryByMinutesSha256(anyString())).thenReturn(Optional.empty());
        when(register.entryByMinutesSha256(sha256(published))).thenReturn(Optional.of(new RegisterEntry(3, "DEC-3",
                "Water for the south", "water", "South", "Pipeline first", "", "Clerk One",
                Instant.parse("2025-03-03T10:00:00Z"), sha256(published), true)));
        BrowserlessUi.show(new VerifyView(verifier, register));
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    private static void upload(String name, byte[] pdf) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("verify-upload")), name, "application/pdf", pdf);
    }

    private static String verdict() {
        return _get(H3.class, spec -> spec.withId("verify-verdict")).getText();
    }

    private static String reason() {
        return _get(Paragraph.class, spec -> spec.withId("verify-reason")).getText();
    }

    @Test
    void thePublishedMinutesAreAuthenticAndNameTheirSignatoryAndDecision() {
        upload("minutes-3.pdf", published);

        assertThat(verdict()).isEqualTo("Authentic: minutes-3.pdf is unmodified minutes signed with this register's key.");
        assertThat(reason()).startsWith("Every signature is valid");
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-published")).getText())
                .isEqualTo("It is exactly the file published for decision #3 \"Water for the south\" (document DEC-3).");
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-dev-key")).getText()).contains("development key");
        String signature = _get(ListItem.class, spec -> spec.withId("verify-signature-1")).getElement().getTextRecursively();
        assertThat(signature).contains("Signed by Clerk One", "this register's key", "Signing time claimed by the signer: 20",
                "No timestamp", "Covers the whole file.", "Reason: Minutes of decision DEC-3");
    }

    @Test
    void countersignedMinutesListBothSignaturesOldestFirst() {
        upload("minutes-3-chair.pdf", countersigned);

        assertThat(verdict()).startsWith("Authentic");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("verify-signatures")).getChildren()).hasSize(2);
        assertThat(_get(ListItem.class, spec -> spec.withId("verify-signature-1")).getElement().getTextRecursively())
                .contains("Signed by Clerk One", "Covers revision 1 of the file");
        assertThat(_get(ListItem.class, spec -> spec.withId("verify-signature-2")).getElement().getTextRecursively())
                .contains("Signed by Chair Two", "Countersigned by Chair Two as chair", "Covers the whole file.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-not-published")).getText())
                .contains("not byte for byte the one in the register");
    }

    @Test
    void oneChangedByteIsReported() {
        upload("changed.pdf", PdfTampering.oneByteChanged(published));

        assertThat(verdict()).isEqualTo("Not valid: changed.pdf is not unmodified minutes of this register.");
        assertThat(reason()).isEqualTo("The document was changed after signing: the signature does not match its content.");
        assertThat(_get(ListItem.class, spec -> spec.withId("verify-signature-1")).getElement().getTextRecursively())
                .contains("Broken");
        _assertNone(Paragraph.class, spec -> spec.withId("verify-published"));
    }

    @Test
    void aPageAppendedAfterSigningIsReported() {
        upload("appended.pdf", PdfTampering.pageAppended(published));

        assertThat(verdict()).startsWith("Not valid");
        assertThat(reason()).isEqualTo("Content was added after signing: the signature does not cover the whole document.");
    }

    @Test
    void strippedSignaturesAreReported() {
        upload("stripped.pdf", PdfTampering.signaturesStripped(published));

        assertThat(verdict()).startsWith("Not valid");
        assertThat(reason()).isEqualTo("The document carries no signature.");
        _assertNone(UnorderedList.class);
    }

    @Test
    void minutesSignedWithAnotherKeyAreNotThisRegisters() {
        upload("foreign.pdf", foreign);

        assertThat(verdict()).startsWith("Not valid");
        assertThat(reason()).isEqualTo("The signatures are intact, but not all were made with this register's key.");
        assertThat(_get(ListItem.class, spec -> spec.withId("verify-signature-1")).getElement().getTextRecursively())
                .contains("NOT this register's key");
    }

    @Test
    void somethingThatIsNotAPdfIsReported() {
        upload("notes.pdf", "hello".getBytes(StandardCharsets.US_ASCII));

        assertThat(verdict()).startsWith("Not valid");
        assertThat(reason()).isEqualTo("The file is not a readable PDF.");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

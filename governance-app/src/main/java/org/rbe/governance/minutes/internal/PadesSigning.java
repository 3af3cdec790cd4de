package org.rbe.governance.minutes.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Security;
import java.util.Calendar;
import java.util.HashSet;
import java.util.Set;

import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.SignerProperties;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.lang.Nullable;

/**
 * Signs a PDF with the register's key as PAdES baseline B-B, or B-T when a timestamp authority is given (an
 * invisible signature field). A PDF that is signed already gets the new signature as an incremental update,
 * so every earlier signature stays valid over its own revision.
 */
public final class PadesSigning {
    static final String FIELD_NAME = "MinutesSignature";

    static {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private PadesSigning() {
    }

    /** The signed copy of {@code pdf} (B-B), in the first free field {@code MinutesSignature[-n]}. */
    public static byte[] sign(byte[] pdf, SigningCredentials credentials, String reason, String location)
            throws IOException, GeneralSecurityException {
        return sign(pdf, credentials, reason, location, null, null);
    }

    /**
     * The signed copy of {@code pdf}: B-T with a timestamp from {@code timestamps} when it is not null, else
     * B-B; {@code contact} names the person who signs (the clerk, the chair), may be null.
     */
    public static byte[] sign(byte[] pdf, SigningCredentials credentials, String reason, String location,
                              @Nullable String contact, @Nullable ITSAClient timestamps)
            throws IOException, GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
        PdfPadesSigner signer = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
                .setStampingProperties(new StampingProperties().useAppendMode());
        SignerProperties properties = new SignerProperties()
                .setFieldName(freeFieldName(pdf))
                .setReason(reason)
                .setLocation(location)
                .setClaimedSignDate(Calendar.getInstance())
                .setSignatureCreator("Governance register");
        if (contact != null && !contact.isBlank()) {
            properties.setContact(contact);
        }
        IExternalSignature signature = new PrivateKeySignature(credentials.privateKey(), DigestAlgorithms.SHA256,
                BouncyCastleProvider.PROVIDER_NAME);
        if (timestamps == null) {
            signer.signWithBaselineBProfile(properties, credentials.chain(), signature);
        } else {
            signer.signWithBaselineTProfile(properties, credentials.chain(), signature, timestamps);
        }
        return out.toByteArray();
    }

    /** The document id and case id the renderer wrote into the PDF's information dictionary. */
    public record DocumentInfo(String documentId, long caseId) {
    }

    /** The document id (the info dictionary's subject) and case id of rendered minutes. */
    public static DocumentInfo documentInfo(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            PdfDocumentInfo info = document.getDocumentInfo();
            String caseId = info.getMoreInfo("CaseId");
            return new DocumentInfo(info.getSubject(), caseId != null && caseId.matches("\\d{1,18}")
                    ? Long.parseLong(caseId) : 0L);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code MinutesSignature} for the first signature, then {@code MinutesSignature-2}, {@code -3} … */
    static String freeFieldName(byte[] pdf) throws IOException {
        Set<String> taken = new HashSet<>();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            taken.addAll(new SignatureUtil(document).getSignatureNames());
        }
        if (taken.isEmpty()) {
            return FIELD_NAME;
        }
        int n = taken.size() + 1;
        while (taken.contains(FIELD_NAME + "-" + n)) {
            n++;
        }
        return FIELD_NAME + "-" + n;
    }
}

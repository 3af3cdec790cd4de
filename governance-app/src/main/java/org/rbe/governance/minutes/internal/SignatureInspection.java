package org.rbe.governance.minutes.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.TimestampConstants;

import org.rbe.governance.minutes.MinutesVerification;
import org.rbe.governance.minutes.MinutesVerification.Signature;
import org.rbe.governance.shared.Messages;

/**
 * Checks a minutes PDF: readable, signed, every signature (and its timestamp) intact, the last one covering
 * the whole file, and every one made with this register's certificate.
 */
public final class SignatureInspection {
    private final X509Certificate registerCertificate;

    public SignatureInspection(X509Certificate registerCertificate) {
        this.registerCertificate = registerCertificate;
    }

    /** The certificate this inspection trusts. */
    public X509Certificate registerCertificate() {
        return registerCertificate;
    }

    /** The verification result for these bytes; never throws for bad input. */
    public MinutesVerification inspect(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return failure("notPdf", List.of());
        }
        PdfDocument document;
        try {
            document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
        } catch (IOException | RuntimeException e) {
            return failure("notPdf", List.of());
        }
        try {
            return inspect(document);
        } catch (RuntimeException e) {
            return failure("integrityFailed", List.of());
        } finally {
            closeQuietly(document);
        }
    }

    private MinutesVerification inspect(PdfDocument document) {
        SignatureUtil util = new SignatureUtil(document);
        List<String> names = new ArrayList<>(util.getSignatureNames());
        if (names.isEmpty()) {
            return failure("noSignature", List.of());
        }
        names.sort(Comparator.comparingInt(util::getRevision));
        List<Signature> signatures = new ArrayList<>();
        for (String name : names) {
            signatures.add(signature(util, name, signatures.size() + 1));
        }
        Signature last = signatures.get(signatures.size() - 1);
        String key;
        if (signatures.stream().anyMatch(s -> !s.intact())) {
            key = "integrityFailed";
        } else if (!last.coversWholeDocument()) {
            key = "notWholeDocument";
        } else if (signatures.stream().anyMatch(s -> !s.byThisRegister())) {
            key = "foreignSigner";
        } else {
            key = "valid";
        }
        boolean allOurs = signatures.stream().allMatch(Signature::byThisRegister);
        return new MinutesVerification("valid".equals(key), reason(key), last.signerName(), last.signedAt(),
                last.coversWholeDocument(), allOurs, signatures.size(), signatures);
    }

    private Signature signature(SignatureUtil util, String name, int number) {
        int revision = util.getRevision(name);
        boolean covers = util.signatureCoversWholeDocument(name);
        String signatory = contact(util.getSignatureDictionary(name));
        PdfPKCS7 pkcs7;
        try {
            pkcs7 = util.readSignatureData(name);
        } catch (RuntimeException e) {
            return new Signature(number, name, null, signatory, null, null, null, null, false, covers, false, revision);
        }
        X509Certificate signer = pkcs7.getSigningCertificate();
        Instant timestamped = instant(pkcs7.getTimeStampDate());
        String authority = null;
        boolean intact = intact(pkcs7);
        if (timestamped != null) {
            PdfPKCS7 token = pkcs7.getTimestampSignatureContainer();
            authority = token == null || token.getSigningCertificate() == null ? null
                    : CertificateNames.commonName(token.getSigningCertificate());
            intact = intact && timestampIntact(pkcs7, token);
        }
        return new Signature(number, name, signer == null ? null : CertificateNames.commonName(signer), signatory,
                pkcs7.getReason(), instant(pkcs7.getSignDate()), timestamped, authority, intact, covers,
                sameCertificate(signer), revision);
    }

    private static boolean intact(PdfPKCS7 pkcs7) {
        try {
            return pkcs7.verifySignatureIntegrityAndAuthenticity();
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean timestampIntact(PdfPKCS7 pkcs7, PdfPKCS7 token) {
        try {
            return pkcs7.verifyTimestampImprint() && token != null && token.verifySignatureIntegrityAndAuthenticity();
        } catch (Exception e) {
            return false;
        }
    }

    private static String contact(PdfDictionary dictionary) {
        PdfString contact = dictionary == null ? null : dictionary.getAsString(PdfName.ContactInfo);
        return contact == null || contact.toUnicodeString().isBlank() ? null : contact.toUnicodeString();
    }

    private static Instant instant(Calendar calendar) {
        return calendar == null || calendar == TimestampConstants.UNDEFINED_TIMESTAMP_DATE ? null
                : calendar.toInstant();
    }

    private boolean sameCertificate(X509Certificate signer) {
        try {
            return signer != null && Arrays.equals(signer.getEncoded(), registerCertificate.getEncoded());
        } catch (CertificateEncodingException e) {
            return false;
        }
    }

    private static MinutesVerification failure(String key, List<Signature> signatures) {
        return new MinutesVerification(false, reason(key), null, null, false, false, signatures.size(), signatures);
    }

    private static String reason(String key) {
        String messageKey = "minutes.verify." + key;
        return Messages.english(messageKey) + " [" + messageKey + "]";
    }

    private static void closeQuietly(PdfDocument document) {
        try {
            document.close();
        } catch (RuntimeException ignored) {
            // the document was only read; nothing to flush
        }
    }
}

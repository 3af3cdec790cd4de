package org.rbe.governance.minutes.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;

import org.rbe.governance.minutes.MinutesVerification;
import org.rbe.governance.shared.Messages;

/**
 * Checks a minutes PDF: readable, signed, every signature intact, the last one covering the whole
 * file, and made with this register's certificate.
 */
public final class SignatureInspection {
    private final X509Certificate registerCertificate;

    public SignatureInspection(X509Certificate registerCertificate) {
        this.registerCertificate = registerCertificate;
    }

    /** The verification result for these bytes; never throws for bad input. */
    public MinutesVerification inspect(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return failure("notPdf", 0);
        }
        PdfDocument document;
        try {
            document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
        } catch (IOException | RuntimeException e) {
            return failure("notPdf", 0);
        }
        try {
            return inspect(document);
        } catch (RuntimeException e) {
            return failure("integrityFailed", 0);
        } finally {
            closeQuietly(document);
        }
    }

    private MinutesVerification inspect(PdfDocument document) {
        SignatureUtil util = new SignatureUtil(document);
        List<String> names = util.getSignatureNames();
        if (names.isEmpty()) {
            return failure("noSignature", 0);
        }
        for (String name : names) {
            if (!intact(util, name)) {
                return failure("integrityFailed", names.size());
            }
        }
        String last = names.get(names.size() - 1);
        PdfPKCS7 pkcs7 = util.readSignatureData(last);
        X509Certificate signer = pkcs7.getSigningCertificate();
        String signerName = CertificateNames.commonName(signer);
        Instant signedAt = pkcs7.getSignDate() == null ? null : pkcs7.getSignDate().toInstant();
        boolean covers = util.signatureCoversWholeDocument(last);
        boolean ours = sameCertificate(signer);
        String key = !covers ? "notWholeDocument" : !ours ? "foreignSigner" : "valid";
        return new MinutesVerification(covers && ours, reason(key), signerName, signedAt, covers, ours, names.size());
    }

    private static boolean intact(SignatureUtil util, String name) {
        try {
            return util.readSignatureData(name).verifySignatureIntegrityAndAuthenticity();
        } catch (Exception e) {
            return false;
        }
    }

    private boolean sameCertificate(X509Certificate signer) {
        try {
            return signer != null && Arrays.equals(signer.getEncoded(), registerCertificate.getEncoded());
        } catch (CertificateEncodingException e) {
            return false;
        }
    }

    private static MinutesVerification failure(String key, int signatureCount) {
        return new MinutesVerification(false, reason(key), null, null, false, false, signatureCount);
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

package org.rbe.governance.minutes.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Security;
import java.util.Calendar;

import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Signs a PDF as PAdES baseline B-B with the register's key (an invisible signature field). */
public final class PadesSigning {
    static final String FIELD_NAME = "MinutesSignature";

    static {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private PadesSigning() {
    }

    /** The signed copy of {@code pdf}. */
    public static byte[] sign(byte[] pdf, SigningCredentials credentials, String reason, String location)
            throws IOException, GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
        PdfPadesSigner signer = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out);
        SignerProperties properties = new SignerProperties()
                .setFieldName(FIELD_NAME)
                .setReason(reason)
                .setLocation(location)
                .setClaimedSignDate(Calendar.getInstance())
                .setSignatureCreator("Governance register");
        IExternalSignature signature = new PrivateKeySignature(credentials.privateKey(), DigestAlgorithms.SHA256,
                BouncyCastleProvider.PROVIDER_NAME);
        signer.signWithBaselineBProfile(properties, credentials.chain(), signature);
        return out.toByteArray();
    }
}

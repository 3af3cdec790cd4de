package org.rbe.governance.minutes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import org.rbe.governance.shared.Sha256;

/**
 * The register's signing certificate as outsiders get it: PEM text, published at {@link #PATH}, and its SHA-256
 * fingerprint, printed in every set of minutes and recorded in the ledger, so that anyone can check minutes with
 * {@code minutes-verify --certificate} without trusting the server that serves them.
 */
public final class RegisterCertificate {
    /** Where the application serves the certificate, without login. */
    public static final String PATH = "/public/register-certificate.pem";

    private RegisterCertificate() {
    }

    /** SHA-256 of the DER encoding, as upper-case hex pairs joined by colons (as openssl prints it). */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(Sha256.of(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The register's certificate cannot be encoded", e);
        }
    }

    /** The certificate as PEM text. */
    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The register's certificate cannot be encoded", e);
        }
    }
}

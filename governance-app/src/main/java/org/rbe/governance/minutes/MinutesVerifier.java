package org.rbe.governance.minutes;

import java.security.cert.X509Certificate;

import org.rbe.governance.minutes.internal.SignatureInspection;
import org.rbe.governance.minutes.internal.SigningKeyStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Checks that a minutes PDF is intact, wholly covered by its last signature, and signed (every signature)
 * with this register's key; reports every signature with its signatory, time and timestamp.
 */
@Service
public class MinutesVerifier {
    private final MinutesSettings settings;
    private volatile SignatureInspection inspection;

    /** A verifier that trusts the key the settings describe. */
    @Autowired
    public MinutesVerifier(MinutesSettings settings) {
        this.settings = settings;
    }

    private MinutesVerifier(X509Certificate certificate) {
        this.settings = null;
        this.inspection = new SignatureInspection(certificate);
    }

    /** A verifier that trusts exactly this certificate, e.g. the register's published one. */
    public static MinutesVerifier trusting(X509Certificate registerCertificate) {
        return new MinutesVerifier(registerCertificate);
    }

    /** The verification result; bad or tampered input gives {@code valid == false} with a reason, never an exception. */
    public MinutesVerification verify(byte[] pdf) {
        return inspection().inspect(pdf);
    }

    /** The certificate of the register's signing key, which every signature must carry. */
    public X509Certificate registerCertificate() {
        return inspection().registerCertificate();
    }

    private SignatureInspection inspection() {
        SignatureInspection current = inspection;
        if (current == null) {
            current = new SignatureInspection(SigningKeyStore.open(settings).certificate());
            inspection = current;
        }
        return current;
    }
}

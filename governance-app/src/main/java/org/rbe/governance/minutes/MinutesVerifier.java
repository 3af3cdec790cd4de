package org.rbe.governance.minutes;

import org.rbe.governance.minutes.internal.SignatureInspection;
import org.rbe.governance.minutes.internal.SigningKeyStore;
import org.springframework.stereotype.Service;

/** Checks that a minutes PDF is intact, wholly covered by its signature, and signed with this register's key. */
@Service
public class MinutesVerifier {
    private final MinutesSettings settings;
    private volatile SignatureInspection inspection;

    /** A verifier that trusts the key the settings describe. */
    public MinutesVerifier(MinutesSettings settings) {
        this.settings = settings;
    }

    /** The verification result; bad or tampered input gives {@code valid == false} with a reason, never an exception. */
    public MinutesVerification verify(byte[] pdf) {
        SignatureInspection current = inspection;
        if (current == null) {
            current = new SignatureInspection(SigningKeyStore.open(settings).certificate());
            inspection = current;
        }
        return current.inspect(pdf);
    }
}

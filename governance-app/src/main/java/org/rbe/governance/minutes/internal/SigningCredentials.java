package org.rbe.governance.minutes.internal;

import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/** The register's signing key with its certificate chain and display name. */
public record SigningCredentials(PrivateKey privateKey, Certificate[] chain, boolean development, String signerName) {

    /** The certificate that signatures by this register carry. */
    public X509Certificate certificate() {
        return (X509Certificate) chain[0];
    }
}

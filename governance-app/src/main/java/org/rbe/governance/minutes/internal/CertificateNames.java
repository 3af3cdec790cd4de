package org.rbe.governance.minutes.internal;

import java.security.cert.X509Certificate;

import com.itextpdf.signatures.CertificateInfo;

/** Reads a readable signer name (the common name) from a certificate. */
final class CertificateNames {
    private CertificateNames() {
    }

    static String commonName(X509Certificate certificate) {
        String cn = CertificateInfo.getSubjectFields(certificate).getField("CN");
        return cn != null ? cn : certificate.getSubjectX500Principal().getName();
    }
}

package org.rbe.governance.minutes.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.rbe.governance.shared.ClockConfig;

/** Creates a self-signed RSA 2048 signing certificate, valid five years, inside a PKCS#12 keystore. */
public final class DevelopmentKeyGenerator {
    public static final String DEVELOPMENT_CN = "Development signing key - NOT FOR PRODUCTION";
    public static final String ALIAS = "minutes";
    private static final Duration VALIDITY = Duration.ofDays(5 * 365 + 1);

    private DevelopmentKeyGenerator() {
    }

    /** A new keystore holding one self-signed key under {@link #ALIAS}, subject {@code CN=<commonName>}. */
    public static KeyStore generate(String commonName, char[] password) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = selfSign(pair, commonName);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
        return store;
    }

    private static X509Certificate selfSign(KeyPair pair, String commonName) throws GeneralSecurityException {
        X500Name subject = new X500Name("CN=" + commonName.replace(",", "\\,"));
        // X.509 validity is checked by other tools against their own calendar, so it follows the machine, not the domain clock.
        Instant now = ClockConfig.machineInstant();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        } catch (OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException("Cannot create the development certificate", e);
        }
    }
}

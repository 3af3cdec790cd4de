package org.rbe.governance.minutes;

import java.nio.file.Path;

/**
 * Where the minutes' signing key comes from: a configured PKCS#12 keystore, or (when
 * {@code keystorePath} is blank) a development keystore generated at {@code devKeystorePath} on
 * first use, whose random password is kept beside it in {@code <devKeystorePath>.password}
 * (owner read/write only) and reused on later starts.
 *
 * @param keyAlias alias of the private key; blank means the first private key in the keystore
 */
public record MinutesSettings(String keystorePath, String keystorePassword, String keyAlias, String location,
                              Path devKeystorePath) {

    /** The default location of the generated development keystore. */
    public static final Path DEFAULT_DEV_KEYSTORE = Path.of("data", "dev-signing.p12");

    public MinutesSettings {
        location = location == null || location.isBlank() ? "Governance register" : location;
        devKeystorePath = devKeystorePath == null ? DEFAULT_DEV_KEYSTORE : devKeystorePath;
    }

    /** Settings that use (and if needed generate) a development key at the given path. */
    public static MinutesSettings development(Path devKeystorePath, String location) {
        return new MinutesSettings(null, null, null, location, devKeystorePath);
    }

    /** Whether a production keystore is configured. */
    public boolean hasConfiguredKeystore() {
        return keystorePath != null && !keystorePath.isBlank();
    }
}

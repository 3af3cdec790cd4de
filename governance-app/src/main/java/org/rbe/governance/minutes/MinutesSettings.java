package org.rbe.governance.minutes;

import java.nio.file.Path;

/**
 * Where the minutes' signing key comes from: a configured PKCS#12 keystore, or (when
 * {@code keystorePath} is blank) a development keystore generated at {@code devKeystorePath} on
 * first use, whose random password is kept beside it in {@code <devKeystorePath>.password}
 * (owner read/write only) and reused on later starts.
 *
 * @param keyAlias    alias of the private key; blank means the first private key in the keystore
 * @param tsaUrl      RFC 3161 timestamp authority; when set, signatures are PAdES B-T (timestamped), else B-B
 * @param tsaUser     user name for the timestamp authority's HTTP basic authentication, or blank
 * @param tsaPassword its password, or blank
 */
public record MinutesSettings(String keystorePath, String keystorePassword, String keyAlias, String location,
                              Path devKeystorePath, String tsaUrl, String tsaUser, String tsaPassword) {

    /** The default location of the generated development keystore. */
    public static final Path DEFAULT_DEV_KEYSTORE = Path.of("data", "dev-signing.p12");

    public MinutesSettings {
        location = location == null || location.isBlank() ? "Governance register" : location;
        devKeystorePath = devKeystorePath == null ? DEFAULT_DEV_KEYSTORE : devKeystorePath;
        tsaUrl = tsaUrl == null || tsaUrl.isBlank() ? null : tsaUrl.trim();
    }

    /** Settings without a timestamp authority (signatures are PAdES B-B). */
    public MinutesSettings(String keystorePath, String keystorePassword, String keyAlias, String location,
                           Path devKeystorePath) {
        this(keystorePath, keystorePassword, keyAlias, location, devKeystorePath, null, null, null);
    }

    /** Settings that use (and if needed generate) a development key at the given path. */
    public static MinutesSettings development(Path devKeystorePath, String location) {
        return new MinutesSettings(null, null, null, location, devKeystorePath);
    }

    /** A copy that timestamps every signature at this RFC 3161 timestamp authority (PAdES B-T). */
    public MinutesSettings withTimestampAuthority(String url, String user, String password) {
        return new MinutesSettings(keystorePath, keystorePassword, keyAlias, location, devKeystorePath, url, user,
                password);
    }

    /** Whether a production keystore is configured. */
    public boolean hasConfiguredKeystore() {
        return keystorePath != null && !keystorePath.isBlank();
    }

    /** Whether signatures get a timestamp from a timestamp authority (PAdES B-T). */
    public boolean hasTimestampAuthority() {
        return tsaUrl != null;
    }

    @Override
    public String toString() {
        return "MinutesSettings[keystorePath=" + keystorePath + ", keyAlias=" + keyAlias + ", location=" + location
                + ", devKeystorePath=" + devKeystorePath + ", tsaUrl=" + tsaUrl + ", tsaUser=" + tsaUser
                + ", passwords hidden]";
    }
}

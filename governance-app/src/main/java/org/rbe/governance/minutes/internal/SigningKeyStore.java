package org.rbe.governance.minutes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;

import org.rbe.governance.minutes.MinutesSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.rbe.governance.shared.UserFacingException;

/**
 * Opens the configured PKCS#12 keystore, or creates the development keystore on first use. The
 * development keystore's random password is kept beside it in {@code <keystore>.password}, readable
 * only by the owner where the file system supports POSIX permissions.
 */
public final class SigningKeyStore {
    private static final Logger LOG = LoggerFactory.getLogger(SigningKeyStore.class);
    private static final Object CREATION_LOCK = new Object();

    private SigningKeyStore() {
    }

    /** The signing credentials these settings point at. */
    public static SigningCredentials open(MinutesSettings settings) {
        try {
            if (settings.hasConfiguredKeystore()) {
                char[] password = settings.keystorePassword() == null ? new char[0]
                        : settings.keystorePassword().toCharArray();
                return credentials(load(Path.of(settings.keystorePath()), password), settings.keyAlias(),
                        password, false);
            }
            return openDevelopment(settings.devKeystorePath().toAbsolutePath());
        } catch (IOException | GeneralSecurityException e) {
            throw new UserFacingException("minutes.error.keystore", e.getMessage());
        }
    }

    /**
     * The register's certificate as the settings describe it, without creating anything: the configured
     * keystore, or the development keystore if it exists.
     *
     * @throws UserFacingException ({@code minutes.error.noDevKeystore}) when no keystore is configured and the
     *                             development keystore has not been generated yet
     */
    public static X509Certificate existingCertificate(MinutesSettings settings) {
        if (settings.hasConfiguredKeystore()) {
            return open(settings).certificate();
        }
        Path keystore = settings.devKeystorePath().toAbsolutePath().normalize();
        if (!Files.exists(keystore)) {
            throw new UserFacingException("minutes.error.noDevKeystore", keystore);
        }
        return open(settings).certificate();
    }

    /**
     * The certificate of the first key (or {@code alias}) in a PKCS#12 keystore; without a password, that of a
     * development keystore's password file is used when there is one.
     */
    public static X509Certificate certificate(Path keystore, String password, String alias) {
        try {
            char[] secret = password != null ? password.toCharArray()
                    : Files.exists(passwordFile(keystore))
                    ? Files.readString(passwordFile(keystore), StandardCharsets.UTF_8).trim().toCharArray()
                    : new char[0];
            KeyStore store = load(keystore, secret);
            String effectiveAlias = alias;
            if (effectiveAlias == null || effectiveAlias.isBlank()) {
                java.util.List<String> aliases = Collections.list(store.aliases());
                effectiveAlias = aliases.stream().filter(a -> isKey(store, a)).findFirst()
                        .or(() -> aliases.stream().findFirst())
                        .orElseThrow(() -> new GeneralSecurityException("The keystore is empty"));
            }
            if (!(store.getCertificate(effectiveAlias) instanceof X509Certificate certificate)) {
                throw new GeneralSecurityException("No certificate under alias " + effectiveAlias);
            }
            return certificate;
        } catch (IOException | GeneralSecurityException e) {
            throw new UserFacingException("minutes.error.keystore", keystore + ": " + e.getMessage());
        }
    }

    /** The password file that belongs to a development keystore. */
    public static Path passwordFile(Path keystore) {
        return keystore.resolveSibling(keystore.getFileName() + ".password");
    }

    private static SigningCredentials openDevelopment(Path keystore) throws IOException, GeneralSecurityException {
        synchronized (CREATION_LOCK) {
            Path passwordFile = passwordFile(keystore);
            if (!Files.exists(keystore)) {
                create(keystore, passwordFile);
            }
            char[] password = Files.readString(passwordFile, StandardCharsets.UTF_8).trim().toCharArray();
            return credentials(load(keystore, password), DevelopmentKeyGenerator.ALIAS, password, true);
        }
    }

    private static void create(Path keystore, Path passwordFile) throws IOException, GeneralSecurityException {
        if (keystore.getParent() != null) {
            Files.createDirectories(keystore.getParent());
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
        KeyStore store = DevelopmentKeyGenerator.generate(DevelopmentKeyGenerator.DEVELOPMENT_CN, password);
        writeOwnerOnly(passwordFile, new String(password).getBytes(StandardCharsets.UTF_8));
        Path temporary = Files.createTempFile(keystore.toAbsolutePath().getParent(), "dev-signing", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, password);
        }
        restrictToOwner(temporary);
        Files.move(temporary, keystore, StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("Generated a DEVELOPMENT signing key for the minutes at {} (password in {}); configure "
                + "governance.minutes.keystore.path for official records", keystore, passwordFile);
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            // a stale password file without its keystore: overwrite it below
        }
        restrictToOwner(file);
        Files.write(file, content);
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static KeyStore load(Path path, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        }
        return store;
    }

    private static SigningCredentials credentials(KeyStore store, String alias, char[] password, boolean development)
            throws GeneralSecurityException {
        String effectiveAlias = alias;
        if (effectiveAlias == null || effectiveAlias.isBlank()) {
            effectiveAlias = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                    .orElseThrow(() -> new GeneralSecurityException("The keystore holds no private key"));
        }
        if (!(store.getKey(effectiveAlias, password) instanceof PrivateKey key)) {
            throw new GeneralSecurityException("No private key under alias " + effectiveAlias);
        }
        Certificate[] chain = store.getCertificateChain(effectiveAlias);
        return new SigningCredentials(key, chain, development, CertificateNames.commonName((X509Certificate) chain[0]));
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}

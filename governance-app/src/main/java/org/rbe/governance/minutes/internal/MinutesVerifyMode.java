package org.rbe.governance.minutes.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.rbe.governance.minutes.MinutesSettings;
import org.rbe.governance.minutes.MinutesVerification;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.shared.CommandLineMode;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code minutes-verify FILE.pdf}: says whether the file is valid, unmodified minutes signed by this register's
 * key, lists every signature, and exits 0 when valid, 1 when not, 2 when it cannot check (no file, no key).
 * The register's key is, in this order: {@code --certificate FILE|URL} (PEM or DER, e.g. the register's
 * {@code /public/register-certificate.pem}), {@code --keystore FILE}
 * ({@code --password}, else the development keystore's password file, else
 * {@code GOVERNANCE_MINUTES_KEYSTORE_PASSWORD}), or the application's configuration (the configured keystore,
 * else the development keystore at its configured path; {@code --governance.minutes.…=…} arguments apply).
 */
public class MinutesVerifyMode implements CommandLineMode {
    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int CANNOT_CHECK = 2;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "minutes-verify";
    }

    @Override
    public String usage() {
        return "minutes-verify FILE.pdf [--certificate CERT-FILE-OR-URL | --keystore P12 [--password PW]]"
                + "    is FILE valid, unmodified minutes signed by this register's key? exit 0 yes, 1 no, 2 cannot check";
    }

    @Override
    public int run(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    /** Runs the check, printing to the given streams; returns the exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        quietLibraries();
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Usage: java -jar governance-app.jar " + usage());
            return CANNOT_CHECK;
        }
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(options.file());
        } catch (IOException e) {
            err.println("Cannot read " + options.file() + ": " + e.getMessage());
            return CANNOT_CHECK;
        }
        TrustedKey key;
        try {
            key = trustedKey(options);
        } catch (UserFacingException e) {
            err.println(e.getMessage());
            return CANNOT_CHECK;
        }
        MinutesVerification result = MinutesVerifier.trusting(key.certificate()).verify(pdf);
        print(out, options.file(), result, key);
        return result.valid() ? VALID : INVALID;
    }

    private static void print(PrintStream out, Path file, MinutesVerification result, TrustedKey key) {
        out.println((result.valid() ? "VALID" : "INVALID") + ": " + file);
        out.println("  " + result.reason());
        out.println("  Register key: " + key.certificate().getSubjectX500Principal().getName() + ", SHA-256 "
                + org.rbe.governance.minutes.RegisterCertificate.fingerprint(key.certificate()) + " (" + key.source() + ")");
        int total = result.signatures().size();
        for (MinutesVerification.Signature s : result.signatures()) {
            out.println("  Signature " + s.number() + " of " + total + ": field " + s.fieldName() + ", PAdES "
                    + s.padesLevel() + (s.intact() ? ", intact" : ", BROKEN"));
            out.println("    key:       " + nullToDash(s.signerName())
                    + (s.byThisRegister() ? " (this register's key)" : " (NOT this register's key)"));
            out.println("    signatory: " + nullToDash(s.signatory()));
            out.println("    reason:    " + nullToDash(s.reason()));
            out.println("    signed:    " + time(s.signedAt()) + " (as claimed by the signer)");
            out.println("    timestamp: " + (s.timestampedAt() == null ? "none"
                    : time(s.timestampedAt()) + " by " + nullToDash(s.timestampAuthority())));
            out.println("    covers:    " + (s.coversWholeDocument() ? "the whole file"
                    : "revision " + s.revision() + " only, not what was added after it"));
        }
    }

    private static TrustedKey trustedKey(Options options) {
        if (options.certificate() != null) {
            return new TrustedKey(readCertificate(options.certificate()), "certificate " + options.certificate());
        }
        if (options.keystore() != null) {
            String password = options.password() != null ? options.password()
                    : Files.exists(SigningKeyStore.passwordFile(options.keystore())) ? null
                    : System.getenv("GOVERNANCE_MINUTES_KEYSTORE_PASSWORD");
            return new TrustedKey(SigningKeyStore.certificate(options.keystore(), password, options.alias()),
                    "keystore " + options.keystore());
        }
        MinutesSettings settings = configuredSettings(options.springArguments());
        String source = settings.hasConfiguredKeystore() ? "configured keystore " + settings.keystorePath()
                : "development keystore " + settings.devKeystorePath().toAbsolutePath().normalize();
        return new TrustedKey(SigningKeyStore.existingCertificate(settings), source);
    }

    /**
     * The minutes settings as the application would bind them: its configuration files (application.yml, config/,
     * profiles), the environment and the {@code --key=value} arguments, read without starting an application context.
     */
    private static MinutesSettings configuredSettings(String[] springArguments) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArguments));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        ConfigurationPropertySources.attach(environment);
        return MinutesConfiguration.settings(environment);
    }

    /** The certificate in a PEM or DER file, or at an http(s) address such as the register's public one. */
    private static X509Certificate readCertificate(String fileOrUrl) {
        try (InputStream in = open(fileOrUrl)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new UserFacingException("minutes.error.certificate", fileOrUrl, e.getMessage());
        }
    }

    private static InputStream open(String fileOrUrl) throws IOException {
        if (!fileOrUrl.startsWith("http://") && !fileOrUrl.startsWith("https://")) {
            return Files.newInputStream(Path.of(fileOrUrl));
        }
        java.net.URLConnection connection = java.net.URI.create(fileOrUrl).toURL().openConnection();
        connection.setConnectTimeout(15_000);
        connection.setReadTimeout(15_000);
        return connection.getInputStream();
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    private static String nullToDash(String value) {
        return value == null ? "-" : value;
    }

    /** iText reports damaged files through the log as well; the verdict printed here says it for people. */
    private static void quietLibraries() {
        try {
            LoggingSystem logging = LoggingSystem.get(MinutesVerifyMode.class.getClassLoader());
            logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
            logging.setLogLevel("com.itextpdf", LogLevel.OFF);
        } catch (RuntimeException ignored) {
            // no logging system to quieten
        }
    }

    private record TrustedKey(X509Certificate certificate, String source) {
    }

    private record Options(Path file, String certificate, Path keystore, String password, String alias,
                           String[] springArguments) {

        static Options parse(String[] args) {
            Path file = null;
            String certificate = null;
            Path keystore = null;
            String password = null;
            String alias = null;
            List<String> spring = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--certificate" -> certificate = value(args, ++i, arg);
                    case "--keystore" -> keystore = Path.of(value(args, ++i, arg));
                    case "--password" -> password = value(args, ++i, arg);
                    case "--alias" -> alias = value(args, ++i, arg);
                    default -> {
                        if (arg.startsWith("--") && arg.contains("=")) {
                            spring.add(arg);
                        } else if (arg.startsWith("-") || file != null) {
                            throw new IllegalArgumentException("Unexpected argument: " + arg);
                        } else {
                            file = Path.of(arg);
                        }
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("Which PDF? Name the file to check.");
            }
            if (certificate != null && keystore != null) {
                throw new IllegalArgumentException("Give either --certificate or --keystore, not both.");
            }
            return new Options(file, certificate, keystore, password, alias, spring.toArray(String[]::new));
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value.");
            }
            return args[index];
        }
    }
}

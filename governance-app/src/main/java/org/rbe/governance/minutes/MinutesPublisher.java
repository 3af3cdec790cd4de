package org.rbe.governance.minutes;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.rbe.governance.minutes.internal.MinutesRenderer;
import org.rbe.governance.minutes.internal.PadesSigning;
import org.rbe.governance.minutes.internal.SignatureInspection;
import org.rbe.governance.minutes.internal.SigningCredentials;
import org.rbe.governance.minutes.internal.SigningKeyStore;
import org.rbe.governance.minutes.internal.TimestampAuthorityClient;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

/**
 * Renders the minutes of a decision as PDF and signs them with the register's key: PAdES B-B, or B-T when a
 * timestamp authority is configured. Further signatures (the chair after the clerk) are added by
 * {@link #countersign} as incremental updates. Each signature announces {@link MinutesSigned}.
 */
@Service
public class MinutesPublisher {
    private final MinutesSettings settings;
    private final ApplicationEventPublisher events;
    private final MinutesRenderer renderer = new MinutesRenderer();
    private volatile SigningCredentials credentials;

    /** A publisher signing with the key the settings describe; {@code events} may be null outside Spring. */
    public MinutesPublisher(MinutesSettings settings, @Nullable ApplicationEventPublisher events) {
        this.settings = settings;
        this.events = events;
    }

    /** The signed PDF of these minutes; the signature names the clerk ({@code publishedBy}) as signatory. */
    public SignedMinutes publish(MinutesContent content) {
        SigningCredentials signing = credentials();
        byte[] unsigned = renderer.render(content, signing.development(),
                RegisterCertificate.fingerprint(signing.certificate()));
        String reasonKey = MinutesContent.DECISION.equals(content.kind()) ? "minutes.signatureReason"
                : "minutes." + content.kind() + ".signatureReason";
        byte[] signed = sign(unsigned, signing, Messages.english(reasonKey, content.documentId()), content.publishedBy());
        return announce(content.caseId(), content.documentId(), signed, signing);
    }

    /**
     * Adds a further signature of the register's key to minutes this register signed, as an incremental update
     * that leaves the earlier signatures valid: e.g. the chair's after the clerk's. The signed reason names the
     * signatory and their role.
     *
     * @throws UserFacingException ({@code minutes.error.countersignInvalid}) when {@code signedPdf} is not valid,
     *                             unmodified minutes of this register
     */
    public SignedMinutes countersign(byte[] signedPdf, String signatory, String role) {
        if (signatory == null || signatory.isBlank() || role == null || role.isBlank()) {
            throw new UserFacingException("minutes.error.countersignWho");
        }
        SigningCredentials signing = credentials();
        MinutesVerification before = new SignatureInspection(signing.certificate()).inspect(signedPdf);
        if (!before.valid()) {
            throw new UserFacingException("minutes.error.countersignInvalid", before.reason());
        }
        PadesSigning.DocumentInfo info = PadesSigning.documentInfo(signedPdf);
        byte[] signed = sign(signedPdf, signing, Messages.english("minutes.countersignReason", role.trim(),
                signatory.trim(), info.documentId()), signatory.trim());
        return announce(info.caseId(), info.documentId(), signed, signing);
    }

    /**
     * Opens the signing key (generating the development key if there is none yet), then renders and signs a small
     * throwaway document so that fonts are parsed and classes loaded before the first real minutes; signatures with
     * a timestamp authority are not exercised (no request is sent). Returns the milliseconds it took.
     */
    public long warmUp() {
        long start = System.nanoTime();
        SigningCredentials signing = credentials();
        MinutesContent sample = new MinutesContent("WARM-UP", Messages.RUSSIAN, 0, "Прогрев / warm-up", "-", "-", "-",
                "Пробный документ, не публикуется. Sample document, never published.", "-", java.time.Instant.EPOCH,
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                new MinutesContent.Jury(1, "-", "0", "-", java.util.List.of(
                        new MinutesContent.CompositionRow("регион", "Север", 1, 1))),
                new MinutesContent.Tally(1, 1, 100, 50, true, "-", "-", java.util.List.of(), null), null, null,
                java.util.List.of());
        byte[] unsigned = renderer.render(sample, signing.development(),
                RegisterCertificate.fingerprint(signing.certificate()));
        try {
            PadesSigning.sign(unsigned, signing, "warm-up", settings.location(), null, null);
        } catch (IOException | GeneralSecurityException e) {
            throw new UserFacingException("minutes.error.sign", explanation(e));
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private byte[] sign(byte[] pdf, SigningCredentials signing, String reason, String signatory) {
        try {
            TimestampAuthorityClient timestamps = settings.hasTimestampAuthority()
                    ? new TimestampAuthorityClient(settings.tsaUrl(), settings.tsaUser(), settings.tsaPassword())
                    : null;
            return PadesSigning.sign(pdf, signing, reason, settings.location(), signatory, timestamps);
        } catch (UserFacingException e) {
            throw e;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new UserFacingException("minutes.error.sign", explanation(e));
        }
    }

    /** The first message in the cause chain that says more than iText's generic wrapper. */
    private static String explanation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && !message.startsWith("Unknown PdfException")) {
                return message;
            }
        }
        return error.toString();
    }

    private SignedMinutes announce(long caseId, String documentId, byte[] signed, SigningCredentials signing) {
        String sha256 = sha256(signed);
        if (events != null) {
            events.publishEvent(new MinutesSigned(caseId, documentId, sha256));
        }
        return new SignedMinutes(documentId, signed, sha256, signing.development(), signing.signerName());
    }

    private SigningCredentials credentials() {
        SigningCredentials current = credentials;
        if (current == null) {
            current = SigningKeyStore.open(settings);
            credentials = current;
        }
        return current;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

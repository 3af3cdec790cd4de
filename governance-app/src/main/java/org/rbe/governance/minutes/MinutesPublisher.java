package org.rbe.governance.minutes;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.rbe.governance.minutes.internal.MinutesRenderer;
import org.rbe.governance.minutes.internal.PadesSigning;
import org.rbe.governance.minutes.internal.SigningCredentials;
import org.rbe.governance.minutes.internal.SigningKeyStore;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

/** Renders the minutes of a decision as PDF, signs them as PAdES B-B and announces {@link MinutesSigned}. */
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

    /** The signed PDF of these minutes. */
    public SignedMinutes publish(MinutesContent content) {
        SigningCredentials signing = credentials();
        byte[] unsigned = renderer.render(content, signing.development());
        byte[] signed;
        try {
            signed = PadesSigning.sign(unsigned, signing,
                    Messages.english(MinutesContent.DECISION.equals(content.kind()) ? "minutes.signatureReason"
                            : "minutes." + content.kind() + ".signatureReason", content.documentId()), settings.location());
        } catch (IOException | GeneralSecurityException e) {
            throw new UserFacingException("minutes.error.render", e.getMessage());
        }
        String sha256 = sha256(signed);
        if (events != null) {
            events.publishEvent(new MinutesSigned(content.caseId(), content.documentId(), sha256));
        }
        return new SignedMinutes(content.documentId(), signed, sha256, signing.development(), signing.signerName());
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

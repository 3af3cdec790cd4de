package org.rbe.governance.minutes;

import org.rbe.governance.minutes.internal.TimestampAuthorityClient;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.stereotype.Service;

/**
 * RFC 3161 timestamps from the register's timestamp authority ({@code governance.minutes.tsa-url}), the same one that
 * timestamps the minutes' signatures; used beyond the minutes to countersign the audit ledger's head.
 */
@Service
public class Timestamps {
    private final MinutesSettings settings;

    public Timestamps(MinutesSettings settings) {
        this.settings = settings;
    }

    /** Whether a timestamp authority is configured. */
    public boolean configured() {
        return settings.hasTimestampAuthority();
    }

    /** The authority's address, or null. */
    public String authority() {
        return settings.tsaUrl();
    }

    /** A timestamp token (DER) from the authority over {@code sha256}, the SHA-256 digest of what is stamped. */
    public byte[] token(byte[] sha256) {
        if (!configured()) {
            throw new UserFacingException("minutes.error.noTimestampAuthority");
        }
        try {
            return new TimestampAuthorityClient(settings.tsaUrl(), settings.tsaUser(), settings.tsaPassword())
                    .getTimeStampToken(sha256);
        } catch (Exception e) {
            throw new UserFacingException("minutes.error.timestamp", settings.tsaUrl(), String.valueOf(e.getMessage()));
        }
    }
}

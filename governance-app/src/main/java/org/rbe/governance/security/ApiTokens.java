package org.rbe.governance.security;

import java.time.Instant;
import java.util.List;

/**
 * Personal tokens for the REST API ({@code Authorization: Bearer ...}). A token acts with its holder's roles, is
 * issued only from a full UI login (which for staff included the second factor), is shown once, expires after
 * {@link #LIFETIME_DAYS} days and can be revoked at any time; only a hash of it is stored. Issuing and revoking are
 * recorded in the ledger. Accounts that need a second factor use tokens for the API: HTTP Basic, which cannot carry
 * one, is refused for them unless {@code governance.security.api-basic-for-two-factor-accounts} is on (the demo).
 */
public interface ApiTokens {
    int LIFETIME_DAYS = 90;
    /** Live tokens an account may hold at once. */
    int MAX_PER_ACCOUNT = 10;

    /** A token as listed to its holder: never the token itself. */
    record Token(long id, String label, Instant createdAt, Instant expiresAt, boolean revoked) {
    }

    /** A new token: {@code secret} is what the holder's script sends; it is not shown again. */
    record Issued(Token token, String secret) {
    }

    /** Issues a token for the current user, named {@code label} (1 to 80 characters). */
    Issued issue(String label);

    /** The current user's tokens, newest first. */
    List<Token> mine();

    /** Revokes one of the current user's tokens; from now on it is refused. */
    void revoke(long id);

    /** Recorded in the ledger: a token was issued or revoked (its id and label, never the token). */
    record Changed(String username, long tokenId, String label, String change) {
    }
}

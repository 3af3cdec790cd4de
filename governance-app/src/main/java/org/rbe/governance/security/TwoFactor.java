package org.rbe.governance.security;

import java.util.List;
import java.util.Set;

/**
 * Two-factor authentication with time-based one-time codes (TOTP, RFC 6238) from any authenticator app. Required at
 * the UI's login for the roles in {@link #REQUIRED_FOR}; any citizen may opt in. Enrolment shows a QR code, is
 * confirmed with a first code and hands out recovery codes once; an administrator can reset an account's enrolment
 * (recorded in the ledger), after which its holder enrols again at the next login.
 */
public interface TwoFactor {
    /** Staff roles: an account with one of them cannot log in to the UI without a second factor. */
    Set<Role> REQUIRED_FOR = Set.of(Role.ADMIN, Role.CLERK, Role.ETHICS, Role.TECHNOCRAT, Role.ANALYST);
    /** How many recovery codes an enrolment hands out. */
    int RECOVERY_CODES = 10;

    /** A secret not yet confirmed, as text and as a QR code ({@code data:} URI of a PNG) for the authenticator app. */
    record Enrolment(String secret, String otpauthUri, String qrCodeDataUri) {
    }

    /** Whether the account has a confirmed second factor. */
    boolean enrolled(String username);

    /** Whether the account must have one to log in to the UI (a staff role, or enrolled by choice). */
    boolean required(String username);

    /** Starts (or restarts) enrolment after checking the password again; replaces any pending secret. */
    Enrolment begin(String username, String password);

    /** Confirms the pending secret with a code from the app; returns the recovery codes, shown this once. */
    List<String> confirm(String username, String password, String code);

    /** Whether {@code code} (a current code, or an unused recovery code, which is then used up) is right. */
    boolean verify(String username, String code);

    /** An administrator removes an account's second factor so that its holder enrols again; ledgered. */
    void reset(String username);

    /** Recorded in the ledger: an account enrolled, or an administrator reset its enrolment. */
    record Changed(String username, String change, String by) {
    }
}

package org.rbe.governance.security;

/** Logs a person in or out of the current session. */
public interface Authentication {
    /** Checks the password; throws {@link AccessDeniedException} with "error.badCredentials" when wrong. */
    default Actor login(String username, String password) {
        return login(username, password, null);
    }

    /**
     * Checks the password and, where the account needs one ({@link TwoFactor#required}), the second factor: without
     * {@code code} throws {@link SecondFactorNeeded}; a wrong code is refused like a wrong password. Repeated
     * failures are slowed down, then refused for a while ("error.tooManyLogins").
     */
    Actor login(String username, String password, String code);

    void logout();
}

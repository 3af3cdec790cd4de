package org.rbe.governance.security;

/** Logs a person in or out of the current session. */
public interface Authentication {
    /** Checks the password; throws {@link AccessDeniedException} with "error.badCredentials" when wrong. */
    Actor login(String username, String password);

    void logout();
}

package org.rbe.governance.security;

/**
 * Gives and takes standing roles, for the rotation of offices. An account holds at most one staff role beside
 * citizenship; the caller (the rotation module) decides who, and records why.
 */
public interface RoleAssignments {
    /** Gives {@code username} the staff role {@code role}; refused when they already hold a staff role. */
    void grant(String username, Role role);

    /** Takes the staff role {@code role} from {@code username}, who stays a citizen. */
    void revoke(String username, Role role);
}

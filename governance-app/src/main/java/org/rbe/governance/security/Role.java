package org.rbe.governance.security;

/** Standing roles. Jury membership is not a role: it is membership of a panel, checked per case. */
public enum Role {
    CITIZEN, TECHNOCRAT, ETHICS, CLERK, ANALYST, ADMIN;

    /** Name used in Shiro and in {@code @RolesAllowed}. */
    public String id() {
        return name().toLowerCase();
    }
}

package org.rbe.governance.security;

import java.util.Set;

/** A logged-in person: account name, the citizen they are (if any) and their roles. */
public record Actor(String username, String displayName, Long citizenId, Set<Role> roles) {
    public boolean has(Role role) {
        return roles.contains(role);
    }
}

package org.rbe.governance.security;

import java.util.List;

/** Who holds a standing role, for drawing reviewers and checking conflicts of interest. */
public interface Roster {
    /** Holders of {@code role}, ordered by login (a stable order for seeded draws). */
    List<Actor> members(Role role);
}

package org.rbe.governance.security.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.RoleAssignments;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The roster read from the account table, and the rotation's changes to it. */
@Service
class JdbcRoster implements Roster, RoleAssignments {
    private final JdbcTemplate jdbc;

    JdbcRoster(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Actor> members(Role role) {
        if (role == Role.CITIZEN) {
            throw new IllegalArgumentException("Use the citizen registry for citizens");
        }
        // One indexed query for the whole roster (an office holder's roles are exactly "citizen,<role>", as the demo
        // logins and grant() write them): appeal panels draw their expert from it for every appeal filed.
        return jdbc.query("SELECT username, display_name, citizen_id, roles FROM account WHERE roles = ? ORDER BY username",
                (rs, i) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (String id : rs.getString(4).split(",")) {
                        if (!id.isBlank()) {
                            roles.add(Role.valueOf(id.trim().toUpperCase()));
                        }
                    }
                    long citizenId = rs.getLong(3);
                    return new Actor(rs.getString(1), rs.getString(2), rs.wasNull() ? null : citizenId, Set.copyOf(roles));
                }, "citizen," + role.id());
    }

    @Override
    public void grant(String username, Role role) {
        if (role == Role.CITIZEN) {
            throw new IllegalArgumentException("Citizenship is not granted by rotation");
        }
        int changed = jdbc.update("UPDATE account SET roles = ? WHERE username = ? AND roles = 'citizen'",
                "citizen," + role.id(), username);
        if (changed != 1) {
            throw new UserFacingException("error.roles.cannotGrant", username, role.id());
        }
    }

    @Override
    public void revoke(String username, Role role) {
        jdbc.update("UPDATE account SET roles = 'citizen' WHERE username = ? AND roles = ?", username, "citizen," + role.id());
    }
}

package org.rbe.governance.security.internal;

import java.util.List;
import java.util.Optional;
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
    private final ShiroCurrentUser users;

    JdbcRoster(JdbcTemplate jdbc, ShiroCurrentUser users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public List<Actor> members(Role role) {
        if (role == Role.CITIZEN) {
            throw new IllegalArgumentException("Use the citizen registry for citizens");
        }
        return jdbc.queryForList("SELECT username FROM account WHERE roles LIKE ? ORDER BY username", String.class,
                        "%," + role.id()).stream()
                .map(users::load).flatMap(Optional::stream).toList();
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

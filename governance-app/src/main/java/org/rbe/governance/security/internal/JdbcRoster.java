package org.rbe.governance.security.internal;

import java.util.List;
import java.util.Optional;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The roster read from the account table. */
@Service
class JdbcRoster implements Roster {
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
}

package org.rbe.governance.security.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.ExecutionException;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** {@link CurrentUser} backed by Shiro's subject of the current thread. */
@Service
class ShiroCurrentUser implements CurrentUser {
    private static final int MAX_REMEMBERED = 100_000;
    private final JdbcTemplate jdbc;
    /** Account name to its citizen (empty: none), as read once; see {@link #citizenId()}. */
    private final Map<String, Optional<Long>> citizens = new ConcurrentHashMap<>();

    ShiroCurrentUser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Actor> optionalActor() {
        return username().flatMap(this::load);
    }

    @Override
    public Optional<String> username() {
        Subject subject;
        try {
            subject = SecurityUtils.getSubject();
        } catch (UnavailableSecurityManagerException e) {
            return Optional.empty();
        }
        Object principal = subject.getPrincipal();
        if (principal == null || !(subject.isAuthenticated() || subject.isRemembered())) {
            return Optional.empty();
        }
        return Optional.of(principal.toString());
    }

    @Override
    public Optional<Long> citizenId() {
        String username = username().orElseThrow(() -> new AccessDeniedException("error.notLoggedIn"));
        Optional<Long> known = citizens.get(username);
        if (known == null) {
            // the account's citizen is set when the account is made and never changed, so it is read once
            known = Optional.ofNullable(load(username).orElseThrow(() -> new AccessDeniedException("error.notLoggedIn"))
                    .citizenId());
            if (citizens.size() >= MAX_REMEMBERED) {
                citizens.clear();
            }
            citizens.put(username, known);
        }
        return known;
    }

    Optional<Actor> load(String username) {
        List<Actor> actors = jdbc.query("SELECT display_name, citizen_id, roles FROM account WHERE username = ?", (rs, i) -> {
            long citizen = rs.getLong(2);
            Long citizenId = rs.wasNull() ? null : citizen;
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String id : rs.getString(3) == null ? new String[0] : rs.getString(3).split(",")) {
                if (!id.isBlank()) {
                    roles.add(Role.valueOf(id.trim().toUpperCase()));
                }
            }
            return new Actor(username, String.valueOf(rs.getString(1)), citizenId, Set.copyOf(roles));
        }, username);
        return actors.stream().findFirst();
    }

    @Override
    public <T> T runAs(String username, Supplier<T> work) {
        Subject subject = new Subject.Builder(SecurityUtils.getSecurityManager())
                .principals(new SimplePrincipalCollection(username, "system"))
                .authenticated(true)
                .sessionCreationEnabled(false)
                .buildSubject();
        try {
            return subject.execute(work::get);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}

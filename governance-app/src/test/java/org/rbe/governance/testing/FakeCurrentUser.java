package org.rbe.governance.testing;

import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A current user that tests switch between citizens and roles. */
public class FakeCurrentUser implements CurrentUser {
    private Actor actor;

    public void citizen(long citizenId) {
        actor = new Actor("citizen" + citizenId, "Citizen " + citizenId, citizenId, Set.of(Role.CITIZEN));
    }

    public void admin() {
        actor = new Actor("admin", "Administrator", null, Set.of(Role.ADMIN));
    }

    public void analyst() {
        actor = new Actor("analyst", "Analyst", null, Set.of(Role.ANALYST));
    }

    /** A staff member {@code username} holding {@code role} (and citizenship). */
    public void staff(String username, Role role) {
        actor = new Actor(username, username, 1L, Set.of(Role.CITIZEN, role));
    }

    public void nobody() {
        actor = null;
    }

    @Override
    public Optional<Actor> optionalActor() {
        return Optional.ofNullable(actor);
    }

    @Override
    public <T> T runAs(String username, Supplier<T> work) {
        return work.get();
    }
}

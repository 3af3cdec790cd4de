package org.rbe.governance.security;

import java.util.Optional;
import java.util.function.Supplier;

/** The person on whose behalf a service call runs. Services use it for per-case checks. */
public interface CurrentUser {

    /** The acting person, or empty when nobody is logged in. */
    Optional<Actor> optionalActor();

    /**
     * The name of the logged-in account without loading the account (no database read), for callers that need only
     * who is calling; empty when nobody is logged in.
     */
    default Optional<String> username() {
        return optionalActor().map(Actor::username);
    }

    /**
     * The citizen the logged-in account belongs to; empty for an account of no citizen; throws
     * {@link AccessDeniedException} when nobody is logged in. An account's citizen never changes, so an implementation
     * may remember it (casting a ballot asks for it, and nothing else, on every ballot).
     */
    default Optional<Long> citizenId() {
        return Optional.ofNullable(actor().citizenId());
    }

    /** The acting person; throws {@link AccessDeniedException} when nobody is logged in. */
    default Actor actor() {
        return optionalActor().orElseThrow(() -> new AccessDeniedException("error.notLoggedIn"));
    }

    /** The acting person, who must hold {@code role}. */
    default Actor require(Role role) {
        Actor actor = actor();
        if (!actor.has(role)) {
            throw new AccessDeniedException("error.roleRequired", role.id());
        }
        return actor;
    }

    /** Runs {@code work} as the account {@code username} (for simulations and system jobs). */
    <T> T runAs(String username, Supplier<T> work);
}

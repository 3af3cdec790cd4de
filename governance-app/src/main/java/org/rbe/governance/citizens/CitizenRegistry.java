package org.rbe.governance.citizens;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to the registry of citizens. */
public interface CitizenRegistry {
    long count();

    /** Every citizen, ordered by id (stable order for seeded draws). */
    List<CitizenProfile> all();

    Optional<CitizenProfile> byId(long id);

    Optional<CitizenProfile> byUsername(String username);

    Map<Long, CitizenProfile> byIds(Collection<Long> ids);

    /** Everyone living in household {@code householdId}, by id (for conflict-of-interest exclusions). */
    default List<CitizenProfile> household(String householdId) {
        return all().stream().filter(c -> c.householdId().equals(householdId)).toList();
    }
}

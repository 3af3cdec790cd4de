package org.rbe.governance.conflicts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The roles people hold in each case (by case number, see {@code shared.CaseNumbers}). Assigning a person a role in a
 * case where they already hold another one throws {@link ConflictOfInterestException}; assigning the same role again
 * changes nothing.
 */
public interface CaseRoles {
    void assign(long caseNumber, String role, long citizenId);

    /** Assigns one role to many people at once (a panel, an assembly); all or none. */
    void assignAll(long caseNumber, String role, Collection<Long> citizenIds);

    /** The role {@code citizenId} holds in the case, if any. */
    Optional<String> roleOf(long caseNumber, long citizenId);

    /** Everyone holding a role in the case, with that role. */
    Map<Long, String> holders(long caseNumber);

    /** Everyone holding any role in the case: the people a draw for another role of the case must exclude. */
    default Set<Long> involved(long caseNumber) {
        return holders(caseNumber).keySet();
    }

    /** Everyone holding a role in the case other than {@code role}: those a draw for {@code role} must exclude. */
    default Set<Long> involvedOtherThan(long caseNumber, String role) {
        return holders(caseNumber).entrySet().stream().filter(e -> !e.getValue().equals(role)).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }
}

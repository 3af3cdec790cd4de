package org.rbe.governance.initiatives.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.rbe.governance.security.Actor;

/**
 * The technocrat who analyses an initiative, by lot: the technocrats in order of login, without the proposer, and one
 * index drawn from {@link Random} seeded with the initiative's case number. The same roster and case number give the
 * same technocrat on any machine ({@code Random}'s sequence is fixed by its specification).
 */
final class AnalystChoice {
    private AnalystChoice() {
    }

    static Optional<Actor> choose(List<Actor> technocrats, long proposerId, long caseNumber) {
        List<Actor> eligible = eligible(technocrats, proposerId);
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(eligible.get(new Random(caseNumber).nextInt(eligible.size())));
    }

    /** The technocrats the lot chooses among, in order of login. */
    static List<Actor> eligible(List<Actor> technocrats, long proposerId) {
        return technocrats.stream().filter(t -> t.citizenId() == null || t.citizenId() != proposerId)
                .sorted(Comparator.comparing(Actor::username)).toList();
    }
}

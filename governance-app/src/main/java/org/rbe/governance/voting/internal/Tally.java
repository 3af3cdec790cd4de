package org.rbe.governance.voting.internal;

import org.rbe.governance.shared.Messages;
import org.rbe.governance.voting.VoteResult;
import org.rbe.governance.voting.VoteRules;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts ballots under a {@link VoteRules}: no quorum, otherwise plurality, with REWORK winning when it
 * leads and a tie for first place settled by the tie rule. Pure, so the minutes can be re-checked.
 */
public final class Tally {
    /** The option code that returns the scenarios for rework. */
    public static final String REWORK = "REWORK";

    private Tally() {
    }

    public static VoteResult count(long voteId, List<String> options, Collection<String> ballots, int eligible,
                                   VoteRules rules) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        options.forEach(option -> totals.put(option, 0));
        for (String ballot : ballots) {
            if (!totals.containsKey(ballot)) {
                throw new IllegalArgumentException("Ballot for an option not on this vote: " + ballot);
            }
            totals.merge(ballot, 1, Integer::sum);
        }
        String en = rules.describe(Locale.ENGLISH, eligible);
        String ru = rules.describe(Messages.RUSSIAN, eligible);
        Map<String, Integer> frozen = Collections.unmodifiableMap(totals);
        boolean quorumMet = ballots.size() >= rules.requiredBallots(eligible);
        if (!quorumMet) {
            return new VoteResult(voteId, eligible, ballots.size(), false, frozen, VoteResult.NO_QUORUM, null, en, ru);
        }
        int top = totals.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> leaders = totals.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        if (leaders.size() != 1) {
            return new VoteResult(voteId, eligible, ballots.size(), true, frozen, VoteResult.REWORK, null, en, ru);
        }
        String winner = leaders.get(0);
        String outcome = REWORK.equals(winner) ? VoteResult.REWORK : VoteResult.APPROVED;
        return new VoteResult(voteId, eligible, ballots.size(), true, frozen, outcome, winner, en, ru);
    }
}

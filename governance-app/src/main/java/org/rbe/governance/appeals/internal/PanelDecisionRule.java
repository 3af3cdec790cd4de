package org.rbe.governance.appeals.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rbe.governance.appeals.AppealView;
import org.rbe.governance.shared.Messages;

/**
 * How an appeal panel decides: one option needs at least {@code required} of the {@code seats} votes (default 7 of
 * 12, a majority of the seats, not of the ballots). The expert advises and does not vote.
 */
record PanelDecisionRule(int required, int seats) {
    static final String UPHOLD = "UPHOLD";
    static final String MODIFY = "MODIFY";
    static final String LIFT = "LIFT";

    /** The option that reached the required votes, if any (at most one can, as more than half the seats are needed). */
    Optional<String> decidedOption(Map<String, Integer> totals) {
        return totals.entrySet().stream().filter(e -> !e.getKey().equals("REWORK") && e.getValue() >= required)
                .map(Map.Entry::getKey).findFirst();
    }

    static String outcomeOf(String option) {
        return switch (option) {
            case UPHOLD -> AppealView.UPHELD;
            case MODIFY -> AppealView.MODIFIED;
            case LIFT -> AppealView.LIFTED;
            default -> throw new IllegalArgumentException("Not a decision: " + option);
        };
    }

    /** Share of the roll the vote's quorum asks for: the votes one option needs, over the seats. */
    double quorum() {
        return Math.min(1.0, (double) required / seats);
    }

    String describe(Locale locale) {
        return Messages.get(locale, "appeals.rule", String.valueOf(required), String.valueOf(seats));
    }
}

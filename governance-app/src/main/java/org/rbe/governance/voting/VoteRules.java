package org.rbe.governance.voting;

import org.rbe.governance.shared.Messages;

import java.util.Locale;

/**
 * How a vote is decided: the share of the roll that must vote, whether a juror may change their ballot,
 * and what a tie for first place means; described in plain words for the minutes.
 */
public record VoteRules(double quorum, boolean revotingAllowed, String tieRule) {
    /** A tie for first place returns the scenarios for rework. */
    public static final String TIE_REWORK = "REWORK";

    public VoteRules {
        if (!(quorum >= 0.0 && quorum <= 1.0)) {
            throw new IllegalArgumentException("Quorum must be a share between 0 and 1: " + quorum);
        }
        if (!TIE_REWORK.equals(tieRule)) {
            throw new IllegalArgumentException("Unsupported tie rule: " + tieRule);
        }
    }

    /** Quorum of half the roll, one ballot each, and a tie returns the set for rework. */
    public static VoteRules standard() {
        return new VoteRules(0.5, false, TIE_REWORK);
    }

    /** Ballots needed for the quorum on a roll of {@code eligible}. */
    public int requiredBallots(int eligible) {
        return (int) Math.ceil(quorum * eligible - 1e-9);
    }

    /** The rule in plain words, e.g. for the minutes, in Russian or English. */
    public String describe(Locale locale, int eligible) {
        String text = Messages.get(locale, "voting.rule.plurality", quorum * 100, eligible);
        return revotingAllowed ? text + Messages.get(locale, "voting.rule.revoting") : text;
    }
}

package org.rbe.governance.voting;

import org.rbe.governance.shared.Messages;

import java.util.Locale;

/**
 * How a vote is decided: the share of the roll that must vote, whether a voter may change their ballot until the
 * close (the last one counts), what a tie for first place means, and whether ballots are named (an open vote, for
 * bodies that must justify their vote) rather than secret; described in plain words for the minutes.
 */
public record VoteRules(double quorum, boolean revotingAllowed, String tieRule, boolean named) {
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

    /** A secret vote. */
    public VoteRules(double quorum, boolean revotingAllowed, String tieRule) {
        this(quorum, revotingAllowed, tieRule, false);
    }

    /** Quorum of half the roll, one ballot each, secret, and a tie returns the set for rework. */
    public static VoteRules standard() {
        return new VoteRules(0.5, false, TIE_REWORK);
    }

    /** The same rules with named (open) ballots. */
    public VoteRules withNamedBallots() {
        return new VoteRules(quorum, revotingAllowed, tieRule, true);
    }

    /** The same rules with re-voting until the close allowed. */
    public VoteRules withRevoting() {
        return new VoteRules(quorum, true, tieRule, named);
    }

    /** Ballots needed for the quorum on a roll of {@code eligible}. */
    public int requiredBallots(int eligible) {
        return (int) Math.ceil(quorum * eligible - 1e-9);
    }

    /** The rule in plain words, e.g. for the minutes, in Russian or English. */
    public String describe(Locale locale, int eligible) {
        String text = Messages.get(locale, "voting.rule.plurality", quorum * 100, eligible);
        if (revotingAllowed) {
            text += Messages.get(locale, "voting.rule.revoting");
        }
        return named ? text + Messages.get(locale, "voting.rule.named") : text;
    }
}

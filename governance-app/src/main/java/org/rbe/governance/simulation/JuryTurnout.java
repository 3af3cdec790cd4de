package org.rbe.governance.simulation;

import org.rbe.governance.voting.BallotReceipt;

/**
 * What the simulated jury did: how many accepted, declined (and were replaced) and voted; {@code kept} is the receipt
 * the first simulated voter kept (null when nobody voted), as a juror would to check their ballot later.
 */
public record JuryTurnout(int accepted, int declined, int voted, BallotReceipt kept) {
}

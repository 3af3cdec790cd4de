package org.rbe.governance.simulation;

/** What the simulated jury did: how many accepted, declined (and were replaced) and voted. */
public record JuryTurnout(int accepted, int declined, int voted) {
}

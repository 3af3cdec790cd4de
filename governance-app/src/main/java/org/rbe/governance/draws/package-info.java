/**
 * Randomness fixed in advance for every draw by lot. Before a draw is made its pool is frozen and announced: the
 * pool's SHA-256, its size, the number drawn, the algorithm and where the randomness will come from (a public value
 * announced for a stated future time, or witnesses' values), recorded in the audit ledger ({@code DRAW_ANNOUNCED}).
 * Only then, at or after that time, is the public value entered ({@code DRAW_RANDOMNESS_REVEALED}), and the draw's
 * seed follows from the announcement and the value alone ({@link org.rbe.governance.draws.AnnouncedSeed}), so the
 * operator cannot choose it and anyone can recompute it.
 */
package org.rbe.governance.draws;

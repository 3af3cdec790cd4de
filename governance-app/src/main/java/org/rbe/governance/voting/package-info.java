/**
 * Ballots of a panel: an eligible roll, one current ballot per voter (database-enforced), re-voting until the close
 * where the vote allows it, receipts and their Merkle tree, turnout while open, and a tally that stays hidden until
 * the vote closes.
 *
 * <h2>Secrecy scheme</h2>
 * <ul>
 *   <li><b>Roll and ballots are two tables.</b> The roll ({@code vote_eligible}) says who may vote and whether they
 *   voted ({@code voted}, no time, no option). Ballots ({@code ballot}) hold the option, the receipt, the nonce, the
 *   revision and the time, but no citizen id (except in named votes, below).</li>
 *   <li><b>Ballot key.</b> On a voter's first ballot a 128-bit random key is stored on their roll entry and on their
 *   ballots ({@code voter_key}); it finds the voter's current ballot for a re-vote and for "my receipt". The database
 *   keeps one current ballot per key ({@code UNIQUE (vote_id, current_key)}, where {@code current_key} is the key on
 *   the current ballot and NULL on superseded ones) and one key per roll entry ({@code UNIQUE (vote_id, ballot_key)});
 *   each cast locks the voter's roll entry, so two casts of one voter run one after the other.</li>
 *   <li><b>At the close</b> (same transaction as the tally) the keys are set to NULL on both sides: from then on the
 *   stored data no longer links a roll entry to a ballot. Superseded ballots stay as history, equally unlinked. The
 *   Merkle leaves are the final receipts in ascending order, so even the published tree carries no order of voting.</li>
 *   <li><b>Receipts name no voter:</b> {@code SHA-256("receipt-v1|vote|option|nonce")} with a 128-bit random nonce.
 *   The nonce is kept so an audit can prove that no stored option was changed after the fact ({@link
 *   org.rbe.governance.voting.BallotBox#audit}); without a voter in the hash it opens no path back to anyone. After a
 *   secret vote has closed the system cannot tell a voter which receipt is theirs: they keep it (it is shown on
 *   screen and returned by the API at casting, and retrievable while the vote is open).</li>
 *   <li><b>Residual exposure, stated plainly:</b> while a vote is open, someone with direct database access can follow
 *   a ballot key from the roll to the ballot (that is what makes re-voting possible); and the ballot and ledger
 *   times, compared with other records that carry a time (e.g. when a juror accepted their invitation), may hint at
 *   who voted when. Neither is shown by the application.</li>
 *   <li><b>Named (open) votes</b> ({@link org.rbe.governance.voting.VoteRules#named()}) are a per-vote setting for bodies
 *   that must justify their vote: the ballot keeps the citizen id and the keys are not dropped, and the published result
 *   lists each member's choice.</li>
 * </ul>
 *
 * <h2>Receipts and the Merkle tree</h2>
 * At the close the final receipts, sorted, are the leaves of an RFC 6962 tree ({@link org.rbe.governance.voting.MerkleTree}:
 * leaf {@code SHA-256(0x00 || receipt)}, node {@code SHA-256(0x01 || left || right)}). The root is stored on the vote,
 * recorded in the audit ledger and published with the receipt list, the per-option totals and the participation list
 * ({@link org.rbe.governance.voting.PublishedResult}). {@link org.rbe.governance.voting.BallotBox#proof} gives an
 * inclusion proof for any counted receipt; a replaced or unknown receipt has none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voting")
package org.rbe.governance.voting;

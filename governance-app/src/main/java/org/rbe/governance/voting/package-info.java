/**
 * Secret ballots of a panel: an eligible roll, one ballot per juror (database-enforced), receipts,
 * turnout while open, and a tally that stays hidden until the vote closes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voting")
package org.rbe.governance.voting;

package org.rbe.governance.voting.internal;

import java.time.Instant;

/**
 * One row of the ballot table: the option, its receipt and the nonce that binds them, the revision (0 for a first
 * ballot) and whether it is the voter's current ballot. {@code voterKey} is the voter's random key while the vote
 * is open (null once a secret vote has closed); {@code citizenId} is set only for named votes.
 */
public record StoredBallot(long id, long voteId, String voterKey, boolean current, Long citizenId, String option,
                           String nonce, String receipt, int revision, Instant castAt, Integer leafIndex) {
}

package org.rbe.governance.voting.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of the eligible roll and of ballots, apart from each other (see the package documentation of voting). */
public interface BallotStore {
    /** Puts citizens on the roll of a vote (those already on it are skipped). */
    void enrol(long voteId, Collection<Long> citizenIds);

    boolean onRoll(long voteId, long citizenId);

    /** Takes a citizen who has not voted off the roll; returns false when they have voted. */
    boolean removeFromRoll(long voteId, long citizenId);

    int rollSize(long voteId);

    int votedCount(long voteId);

    /**
     * Locks the voter's roll entry for the rest of the transaction (so one voter's casts run one after another and a
     * close waits for them) and returns their ballot key, creating it from {@code newKey} on their first ballot;
     * empty when they are not on the roll.
     */
    Optional<String> lockVoter(long voteId, long citizenId, String newKey);

    /**
     * Locks the whole roll of a vote (the close waits for casts in flight; rows are locked in citizen order) and
     * returns it as it stands under the lock.
     */
    Roll lockRoll(long voteId);

    /** A vote's roll: every citizen on it and those who voted, both ascending. */
    record Roll(List<Long> eligible, List<Long> voted) {
    }

    Optional<StoredBallot> currentBallot(long voteId, String voterKey);

    /** Marks a current ballot superseded; the row and its receipt stay as history. */
    void supersede(long ballotId);

    /** Stores a new current ballot and marks the voter as having voted. */
    void insert(StoredBallot ballot);

    List<StoredBallot> currentBallots(long voteId);

    /** Every ballot of a vote, superseded ones included, in the order they were cast. */
    List<StoredBallot> allBallots(long voteId);

    /** Citizens on the roll, ascending. */
    List<Long> roll(long voteId);

    /** Citizens on the roll who voted, ascending. */
    List<Long> participants(long voteId);

    /**
     * Seals a closed vote: records each current ballot's leaf index (its position in {@code currentBallotIdsInLeafOrder})
     * and, for a secret vote, drops every link between the roll and the ballots (ballot keys on both sides).
     */
    void seal(long voteId, List<Long> currentBallotIdsInLeafOrder, boolean named);

    boolean hasVoted(long voteId, long citizenId);

    /** The voter's ballot key, without locking; empty when they have none (yet, or any more). */
    Optional<String> voterKey(long voteId, long citizenId);

    /** Whether the vote is open at {@code now}, read afresh from the database (not from any cache). */
    boolean isOpen(long voteId, java.time.Instant now);

    /** Whether a vote is open and, when it is, a voter's current ballot (empty when they have none). */
    record OpenCurrent(boolean open, Optional<StoredBallot> current) {
    }

    /**
     * Whether the vote is open at {@code now} and, if so, the current ballot under {@code voterKey}, both read afresh
     * (a store on a remote database reads them in one round trip).
     */
    default OpenCurrent currentIfOpen(long voteId, String voterKey, java.time.Instant now) {
        return isOpen(voteId, now) ? new OpenCurrent(true, currentBallot(voteId, voterKey))
                : new OpenCurrent(false, Optional.empty());
    }

    /** Marks the vote closed at {@code at} unless it already is; false when someone else closed it first. */
    boolean claimClose(long voteId, java.time.Instant at);

    /**
     * For the rest of the current transaction, {@link #supersede} and {@link #insert} may keep their writes pending
     * and send them together: at {@link #flushWrites}, before the commit, and before any read that could see them (so
     * the transaction reads as if they had been written at once). A duplicate current ballot is then refused when
     * they are sent, not by the insert. Outside a transaction it does nothing.
     */
    default void deferWrites() {
    }

    /** Sends the pending writes of {@link #deferWrites}, if any. */
    default void flushWrites() {
    }
}

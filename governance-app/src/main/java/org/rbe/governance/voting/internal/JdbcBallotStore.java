package org.rbe.governance.voting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link BallotStore} on the {@code vote_eligible} (roll) and {@code ballot} tables. With {@link #deferWrites()} the
 * writes of casts (supersede, insert, the roll's voted mark) wait in a {@link Pending} bound to the transaction and go
 * out as three JDBC batches; every read flushes them first, except the reads of one voter's current ballot, which
 * flush only when that voter has writes pending (the casts of a batch are of different voters, mostly).
 */
@Repository
class JdbcBallotStore implements BallotStore {
    private static final String COLUMNS = "id, vote_id, voter_key, is_current, citizen_id, option_code, nonce, receipt,"
            + " revision, cast_at, leaf_index";
    /** {@link #COLUMNS} of the ballot table aliased {@code b}. */
    private static final String B_COLUMNS = COLUMNS.replaceAll("(\\w+)", "b.$1");
    private static final String INSERT = "INSERT INTO ballot (vote_id, voter_key, current_key, is_current, citizen_id,"
            + " option_code, nonce, receipt, revision, cast_at) VALUES (?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?)";
    private static final String SUPERSEDE = "UPDATE ballot SET current_key = NULL, is_current = FALSE WHERE id = ?";
    private static final String VOTED = "UPDATE vote_eligible SET voted = TRUE WHERE vote_id = ? AND ballot_key = ? AND NOT voted";
    private final JdbcTemplate jdbc;

    JdbcBallotStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes held back in one transaction, in the order they go out: supersedes, inserts, voted marks. */
    private static final class Pending {
        final List<Object[]> supersedes = new ArrayList<>();
        final List<Object[]> inserts = new ArrayList<>();
        final List<Object[]> voted = new ArrayList<>();
        /** "voteId|voterKey" of the voters with writes pending. */
        final Set<String> voters = new java.util.HashSet<>();
    }

    @Override
    public void deferWrites() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive() || pending() != null) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, new Pending());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return 0;
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                flushWrites();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(JdbcBallotStore.this);
            }
        });
    }

    @Override
    public void flushWrites() {
        Pending p = pending();
        if (p == null || p.voters.isEmpty() && p.supersedes.isEmpty()) {
            return;
        }
        // supersedes first: the unique (vote, current key) takes the new current ballot only once the old one left it
        if (!p.supersedes.isEmpty()) {
            jdbc.batchUpdate(SUPERSEDE, p.supersedes);
        }
        if (!p.inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT, p.inserts);
        }
        if (!p.voted.isEmpty()) {
            jdbc.batchUpdate(VOTED, p.voted);
        }
        p.supersedes.clear();
        p.inserts.clear();
        p.voted.clear();
        p.voters.clear();
    }

    private Pending pending() {
        return (Pending) TransactionSynchronizationManager.getResource(this);
    }

    /** Before a read of one voter's ballots: sends the pending writes if some are that voter's. */
    private void flushFor(long voteId, String voterKey) {
        Pending p = pending();
        if (p != null && p.voters.contains(voteId + "|" + voterKey)) {
            flushWrites();
        }
    }

    @Override
    public void enrol(long voteId, Collection<Long> citizenIds) {
        flushWrites();
        Set<Long> fresh = new TreeSet<>(citizenIds);
        fresh.removeAll(roll(voteId));
        List<Object[]> rows = fresh.stream().map(id -> new Object[] {voteId, id}).toList();
        jdbc.batchUpdate("INSERT INTO vote_eligible (vote_id, citizen_id, voted) VALUES (?, ?, FALSE)", rows);
    }

    @Override
    public boolean onRoll(long voteId, long citizenId) {
        flushWrites();
        return count("SELECT COUNT(*) FROM vote_eligible WHERE vote_id = ? AND citizen_id = ?", voteId, citizenId) > 0;
    }

    @Override
    public boolean removeFromRoll(long voteId, long citizenId) {
        flushWrites();
        if (count("SELECT COUNT(*) FROM vote_eligible WHERE vote_id = ? AND citizen_id = ? AND voted", voteId, citizenId) > 0) {
            return false;
        }
        jdbc.update("DELETE FROM vote_eligible WHERE vote_id = ? AND citizen_id = ? AND NOT voted", voteId, citizenId);
        return true;
    }

    @Override
    public int rollSize(long voteId) {
        flushWrites();
        return count("SELECT COUNT(*) FROM vote_eligible WHERE vote_id = ?", voteId);
    }

    @Override
    public int votedCount(long voteId) {
        flushWrites();
        return count("SELECT COUNT(*) FROM vote_eligible WHERE vote_id = ? AND voted", voteId);
    }

    @Override
    public Optional<String> lockVoter(long voteId, long citizenId, String newKey) {
        List<Object[]> rows = jdbc.query("SELECT id, ballot_key FROM vote_eligible WHERE vote_id = ? AND citizen_id = ? FOR UPDATE",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}, voteId, citizenId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String key = (String) rows.get(0)[1];
        if (key == null) {
            jdbc.update("UPDATE vote_eligible SET ballot_key = ? WHERE id = ?", newKey, rows.get(0)[0]);
            key = newKey;
        }
        return Optional.of(key);
    }

    @Override
    public Roll lockRoll(long voteId) {
        flushWrites();
        List<Long> eligible = new ArrayList<>();
        List<Long> voted = new ArrayList<>();
        jdbc.query("SELECT citizen_id, voted FROM vote_eligible WHERE vote_id = ? ORDER BY citizen_id FOR UPDATE", rs -> {
            eligible.add(rs.getLong(1));
            if (rs.getBoolean(2)) {
                voted.add(rs.getLong(1));
            }
        }, voteId);
        return new Roll(List.copyOf(eligible), List.copyOf(voted));
    }

    @Override
    public Optional<StoredBallot> currentBallot(long voteId, String voterKey) {
        flushFor(voteId, voterKey);
        return jdbc.query("SELECT " + COLUMNS + " FROM ballot WHERE vote_id = ? AND current_key = ?", this::row, voteId,
                voterKey).stream().findFirst();
    }

    @Override
    public void supersede(long ballotId) {
        Pending p = pending();
        if (p != null) {
            p.supersedes.add(new Object[] {ballotId});
        } else {
            jdbc.update(SUPERSEDE, ballotId);
        }
    }

    @Override
    public void insert(StoredBallot b) {
        Object[] row = {b.voteId(), b.voterKey(), b.voterKey(), b.citizenId(), b.option(), b.nonce(), b.receipt(), b.revision(),
            Timestamp.from(b.castAt())};
        Pending p = pending();
        if (p != null) {
            p.inserts.add(row);
            p.voters.add(b.voteId() + "|" + b.voterKey());
            if (b.revision() == 0) {
                p.voted.add(new Object[] {b.voteId(), b.voterKey()});
            }
            return;
        }
        jdbc.update(INSERT, row);
        if (b.revision() == 0) {
            // a re-vote (revision > 0) replaces a ballot whose insert already marked the voter
            jdbc.update(VOTED, b.voteId(), b.voterKey());
        }
    }

    @Override
    public List<StoredBallot> currentBallots(long voteId) {
        flushWrites();
        return jdbc.query("SELECT " + COLUMNS + " FROM ballot WHERE vote_id = ? AND is_current ORDER BY receipt", this::row, voteId);
    }

    @Override
    public List<StoredBallot> allBallots(long voteId) {
        flushWrites();
        return jdbc.query("SELECT " + COLUMNS + " FROM ballot WHERE vote_id = ? ORDER BY id", this::row, voteId);
    }

    @Override
    public List<Long> roll(long voteId) {
        flushWrites();
        return jdbc.queryForList("SELECT citizen_id FROM vote_eligible WHERE vote_id = ? ORDER BY citizen_id", Long.class, voteId);
    }

    @Override
    public List<Long> participants(long voteId) {
        flushWrites();
        return jdbc.queryForList("SELECT citizen_id FROM vote_eligible WHERE vote_id = ? AND voted ORDER BY citizen_id",
                Long.class, voteId);
    }

    @Override
    public void seal(long voteId, List<Long> currentBallotIdsInLeafOrder, boolean named) {
        flushWrites();
        // One pass over the current ballots (by primary key): leaf index and, in a secret vote, the keys in the same
        // update; then the keys left on superseded ballots and on the roll.
        List<Object[]> leaves = new ArrayList<>(currentBallotIdsInLeafOrder.size());
        for (int i = 0; i < currentBallotIdsInLeafOrder.size(); i++) {
            leaves.add(new Object[] {i, currentBallotIdsInLeafOrder.get(i)});
        }
        jdbc.batchUpdate(named ? "UPDATE ballot SET leaf_index = ? WHERE id = ?"
                : "UPDATE ballot SET leaf_index = ?, voter_key = NULL, current_key = NULL WHERE id = ?", leaves);
        if (!named) {
            jdbc.update("UPDATE ballot SET voter_key = NULL, current_key = NULL WHERE vote_id = ? AND voter_key IS NOT NULL",
                    voteId);
            jdbc.update("UPDATE vote_eligible SET ballot_key = NULL WHERE vote_id = ? AND ballot_key IS NOT NULL", voteId);
        }
    }

    @Override
    public boolean hasVoted(long voteId, long citizenId) {
        flushWrites();
        return count("SELECT COUNT(*) FROM vote_eligible WHERE vote_id = ? AND citizen_id = ? AND voted", voteId, citizenId) > 0;
    }

    @Override
    public Optional<String> voterKey(long voteId, long citizenId) {
        flushWrites();
        return jdbc.queryForList("SELECT ballot_key FROM vote_eligible WHERE vote_id = ? AND citizen_id = ?", String.class,
                voteId, citizenId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public boolean isOpen(long voteId, java.time.Instant now) {
        return count("SELECT COUNT(*) FROM vote_round WHERE id = ? AND closed_at IS NULL AND deadline > ?", voteId,
                Timestamp.from(now)) > 0;
    }

    @Override
    public OpenCurrent currentIfOpen(long voteId, String voterKey, java.time.Instant now) {
        flushFor(voteId, voterKey);
        // no row: closed or past the deadline; a row without a ballot: open, no current ballot
        List<Optional<StoredBallot>> rows = jdbc.query("SELECT " + B_COLUMNS + " FROM vote_round r LEFT JOIN ballot b"
                        + " ON b.vote_id = r.id AND b.current_key = ? WHERE r.id = ? AND r.closed_at IS NULL AND r.deadline > ?",
                (rs, i) -> {
                    rs.getLong(1);
                    return rs.wasNull() ? Optional.<StoredBallot>empty() : Optional.of(row(rs, i));
                }, voterKey, voteId, Timestamp.from(now));
        return rows.isEmpty() ? new OpenCurrent(false, Optional.empty()) : new OpenCurrent(true, rows.get(0));
    }

    @Override
    public boolean claimClose(long voteId, java.time.Instant at) {
        flushWrites();
        return jdbc.update("UPDATE vote_round SET closed_at = ? WHERE id = ? AND closed_at IS NULL", Timestamp.from(at), voteId) == 1;
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private StoredBallot row(ResultSet rs, int i) throws SQLException {
        long citizen = rs.getLong(5);
        Long citizenId = rs.wasNull() ? null : citizen;
        int leaf = rs.getInt(11);
        Integer leafIndex = rs.wasNull() ? null : leaf;
        return new StoredBallot(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4), citizenId,
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getTimestamp(10).toInstant(), leafIndex);
    }
}

package org.rbe.governance.voting;

import org.rbe.governance.voting.internal.BallotStore;
import org.rbe.governance.voting.internal.StoredBallot;
import org.rbe.governance.voting.internal.VoteEntity;
import org.rbe.governance.voting.internal.VoteRepository;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** In-memory stand-ins for the voting storage, including the one-current-ballot-per-voter constraint. */
final class InMemoryVotingStore {
    final List<VoteEntity> voteRows = new ArrayList<>();
    /** vote id -> citizen id -> roll entry */
    final Map<Long, Map<Long, RollRow>> rollRows = new TreeMap<>();
    final List<StoredBallot> ballotRows = new ArrayList<>();
    private long nextId = 1;

    static final class RollRow {
        boolean voted;
        String key;
    }

    final VoteRepository votes = new VoteRepository() {
        @Override
        public <S extends VoteEntity> S save(S vote) {
            if (vote.getId() == null) {
                vote.setId(nextId++);
                voteRows.add(vote);
            }
            return vote;
        }

        @Override
        public Optional<VoteEntity> findById(Long id) {
            return voteRows.stream().filter(v -> v.getId().equals(id)).findFirst();
        }

        @Override
        public Optional<VoteEntity> findFirstByCaseIdOrderByIdDesc(long caseId) {
            return voteRows.stream().filter(v -> v.getCaseId() == caseId).max(Comparator.comparing(VoteEntity::getId));
        }

        @Override
        public List<VoteEntity> findByPanelIdAndClosedAtIsNull(long panelId) {
            return voteRows.stream().filter(v -> v.getPanelId() == panelId && !v.isClosed()).toList();
        }
    };

    final BallotStore store = new BallotStore() {
        private Map<Long, RollRow> roll(Long voteId, boolean create) {
            return create ? rollRows.computeIfAbsent(voteId, k -> new TreeMap<>()) : rollRows.getOrDefault(voteId, Map.of());
        }

        @Override
        public void enrol(long voteId, Collection<Long> citizenIds) {
            citizenIds.forEach(id -> roll(voteId, true).putIfAbsent(id, new RollRow()));
        }

        @Override
        public boolean onRoll(long voteId, long citizenId) {
            return roll(voteId, false).containsKey(citizenId);
        }

        @Override
        public boolean removeFromRoll(long voteId, long citizenId) {
            RollRow row = roll(voteId, false).get(citizenId);
            if (row != null && row.voted) {
                return false;
            }
            roll(voteId, true).remove(citizenId);
            return true;
        }

        @Override
        public int rollSize(long voteId) {
            return roll(voteId, false).size();
        }

        @Override
        public int votedCount(long voteId) {
            return (int) roll(voteId, false).values().stream().filter(r -> r.voted).count();
        }

        @Override
        public Optional<String> lockVoter(long voteId, long citizenId, String newKey) {
            RollRow row = roll(voteId, false).get(citizenId);
            if (row == null) {
                return Optional.empty();
            }
            if (row.key == null) {
                row.key = newKey;
            }
            return Optional.of(row.key);
        }

        @Override
        public Roll lockRoll(long voteId) {
            return new Roll(roll(voteId), participants(voteId));
        }

        @Override
        public Optional<StoredBallot> currentBallot(long voteId, String voterKey) {
            return ballotRows.stream().filter(b -> b.voteId() == voteId && b.current() && voterKey.equals(b.voterKey()))
                    .findFirst();
        }

        @Override
        public void supersede(long ballotId) {
            replace(ballotId, b -> new StoredBallot(b.id(), b.voteId(), b.voterKey(), false, b.citizenId(), b.option(),
                    b.nonce(), b.receipt(), b.revision(), b.castAt(), b.leafIndex()));
        }

        @Override
        public void insert(StoredBallot b) {
            if (currentBallot(b.voteId(), b.voterKey()).isPresent()) {
                throw new DataIntegrityViolationException("uq_ballot_current");
            }
            ballotRows.add(new StoredBallot(nextId++, b.voteId(), b.voterKey(), true, b.citizenId(), b.option(), b.nonce(),
                    b.receipt(), b.revision(), b.castAt(), null));
            roll(b.voteId(), false).values().stream().filter(r -> b.voterKey().equals(r.key)).forEach(r -> r.voted = true);
        }

        @Override
        public List<StoredBallot> currentBallots(long voteId) {
            return ballotRows.stream().filter(b -> b.voteId() == voteId && b.current()).toList();
        }

        @Override
        public List<StoredBallot> allBallots(long voteId) {
            return ballotRows.stream().filter(b -> b.voteId() == voteId).toList();
        }

        @Override
        public List<Long> roll(long voteId) {
            return List.copyOf(roll(voteId, false).keySet());
        }

        @Override
        public List<Long> participants(long voteId) {
            return roll(voteId, false).entrySet().stream().filter(e -> e.getValue().voted).map(Map.Entry::getKey).toList();
        }

        @Override
        public void seal(long voteId, List<Long> currentBallotIdsInLeafOrder, boolean named) {
            for (StoredBallot b : List.copyOf(ballotRows)) {
                if (b.voteId() == voteId) {
                    replace(b.id(), x -> new StoredBallot(x.id(), x.voteId(), named ? x.voterKey() : null, x.current(),
                            x.citizenId(), x.option(), x.nonce(), x.receipt(), x.revision(), x.castAt(),
                            x.current() ? currentBallotIdsInLeafOrder.indexOf(x.id()) : null));
                }
            }
            if (!named) {
                roll(voteId, false).values().forEach(r -> r.key = null);
            }
        }

        @Override
        public boolean hasVoted(long voteId, long citizenId) {
            RollRow row = roll(voteId, false).get(citizenId);
            return row != null && row.voted;
        }

        @Override
        public Optional<String> voterKey(long voteId, long citizenId) {
            return Optional.ofNullable(roll(voteId, false).get(citizenId)).map(r -> r.key);
        }

        @Override
        public boolean isOpen(long voteId, Instant now) {
            return votes.findById(voteId).filter(v -> !v.isClosed() && now.isBefore(v.getDeadline())).isPresent();
        }

        @Override
        public boolean claimClose(long voteId, Instant at) {
            return votes.findById(voteId).filter(v -> !v.isClosed()).isPresent();
        }

        private void replace(long id, java.util.function.UnaryOperator<StoredBallot> change) {
            for (int i = 0; i < ballotRows.size(); i++) {
                if (Objects.equals(ballotRows.get(i).id(), id)) {
                    ballotRows.set(i, change.apply(ballotRows.get(i)));
                }
            }
        }
    };
}

package org.rbe.governance.voting;

import org.rbe.governance.voting.internal.BallotEntity;
import org.rbe.governance.voting.internal.BallotRepository;
import org.rbe.governance.voting.internal.RollEntry;
import org.rbe.governance.voting.internal.RollRepository;
import org.rbe.governance.voting.internal.VoteEntity;
import org.rbe.governance.voting.internal.VoteRepository;
import org.springframework.dao.DataIntegrityViolationException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In-memory stand-ins for the voting repositories, including the one-ballot-per-juror constraint. */
final class InMemoryVotingStore {
    final List<VoteEntity> voteRows = new ArrayList<>();
    final List<RollEntry> rollRows = new ArrayList<>();
    final List<BallotEntity> ballotRows = new ArrayList<>();
    private long nextId = 1;

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

    final RollRepository roll = new RollRepository() {
        @Override
        public <S extends RollEntry> S save(S entry) {
            entry.setId(nextId++);
            rollRows.add(entry);
            return entry;
        }

        @Override
        public <S extends RollEntry> List<S> saveAll(Iterable<S> entries) {
            List<S> saved = new ArrayList<>();
            entries.forEach(e -> saved.add(save(e)));
            return saved;
        }

        @Override
        public void delete(RollEntry entry) {
            rollRows.remove(entry);
        }

        @Override
        public Optional<RollEntry> findByVoteIdAndCitizenId(long voteId, long citizenId) {
            return rollRows.stream().filter(r -> r.getVoteId() == voteId && r.getCitizenId() == citizenId).findFirst();
        }

        @Override
        public long countByVoteId(long voteId) {
            return rollRows.stream().filter(r -> r.getVoteId() == voteId).count();
        }
    };

    final BallotRepository ballots = new BallotRepository() {
        @Override
        public <S extends BallotEntity> S saveAndFlush(S ballot) {
            if (ballot.getId() == null) {
                if (findByVoteIdAndCitizenId(ballot.getVoteId(), ballot.getCitizenId()).isPresent()) {
                    throw new DataIntegrityViolationException("uq_vote_ballot");
                }
                ballot.setId(nextId++);
                ballotRows.add(ballot);
            }
            return ballot;
        }

        @Override
        public Optional<BallotEntity> findByVoteIdAndCitizenId(long voteId, long citizenId) {
            return ballotRows.stream().filter(b -> b.getVoteId() == voteId && b.getCitizenId() == citizenId).findFirst();
        }

        @Override
        public List<BallotEntity> findByVoteId(long voteId) {
            return ballotRows.stream().filter(b -> b.getVoteId() == voteId).toList();
        }

        @Override
        public long countByVoteId(long voteId) {
            return findByVoteId(voteId).size();
        }
    };
}

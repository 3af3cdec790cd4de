package org.rbe.governance.voting.internal;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Storage of ballots; {@code saveAndFlush} surfaces the one-ballot-per-juror constraint at once. */
public interface BallotRepository extends Repository<BallotEntity, Long> {
    <S extends BallotEntity> S saveAndFlush(S ballot);

    Optional<BallotEntity> findByVoteIdAndCitizenId(long voteId, long citizenId);

    List<BallotEntity> findByVoteId(long voteId);

    long countByVoteId(long voteId);
}

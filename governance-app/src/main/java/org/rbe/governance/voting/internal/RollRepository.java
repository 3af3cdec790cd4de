package org.rbe.governance.voting.internal;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Storage of eligible rolls. */
public interface RollRepository extends Repository<RollEntry, Long> {
    <S extends RollEntry> S save(S entry);

    <S extends RollEntry> List<S> saveAll(Iterable<S> entries);

    void delete(RollEntry entry);

    Optional<RollEntry> findByVoteIdAndCitizenId(long voteId, long citizenId);

    long countByVoteId(long voteId);
}

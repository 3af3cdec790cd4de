package org.rbe.governance.voting.internal;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Storage of votes. */
public interface VoteRepository extends Repository<VoteEntity, Long> {
    <S extends VoteEntity> S save(S vote);

    Optional<VoteEntity> findById(Long id);

    Optional<VoteEntity> findFirstByCaseIdOrderByIdDesc(long caseId);

    List<VoteEntity> findByPanelIdAndClosedAtIsNull(long panelId);
}

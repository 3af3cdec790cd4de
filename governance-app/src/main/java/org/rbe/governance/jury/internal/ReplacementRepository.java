package org.rbe.governance.jury.internal;

import org.springframework.data.repository.Repository;

import java.util.List;

/** Storage of replacement records. */
public interface ReplacementRepository extends Repository<ReplacementEntity, Long> {
    <S extends ReplacementEntity> S save(S replacement);

    long countByPanelId(long panelId);

    List<ReplacementEntity> findByPanelIdOrderBySequenceNoAsc(long panelId);
}

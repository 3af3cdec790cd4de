package org.rbe.governance.jury.internal;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Storage of drawn panels. */
public interface PanelRepository extends Repository<PanelEntity, Long> {
    <S extends PanelEntity> S save(S panel);

    Optional<PanelEntity> findById(Long id);

    Optional<PanelEntity> findFirstByCaseIdOrderByIdDesc(long caseId);

    List<PanelEntity> findAllByOrderByIdAsc();

    List<PanelEntity> findByCaseIdOrderByIdAsc(long caseId);
}

package org.rbe.governance.decisions.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEventRepository extends JpaRepository<CaseEventEntity, Long> {
    List<CaseEventEntity> findByCaseIdOrderByIdAsc(long caseId);
}

package org.rbe.governance.decisions.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionCaseRepository extends JpaRepository<DecisionCaseEntity, Long> {
    List<DecisionCaseEntity> findAllByOrderByIdDesc();
}

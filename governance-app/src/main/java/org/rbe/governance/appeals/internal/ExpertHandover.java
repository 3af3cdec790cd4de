package org.rbe.governance.appeals.internal;

import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.workflow.TaskReassigned;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An expert's advice that passed its deadline goes to another technocrat: the sitting panel's expert becomes the new
 * one, who may then advise (the reassignment and its seed are in the ledger).
 */
@Component
class ExpertHandover {
    private final JdbcTemplate jdbc;

    ExpertHandover(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TaskReassigned reassigned) {
        if (CaseNumbers.isIn(reassigned.caseNumber(), CaseNumbers.APPEALS) && reassigned.from() != null
                && reassigned.to() != null) {
            jdbc.update("UPDATE appeal_panel SET expert = ? WHERE appeal_id = ? AND expert = ? AND status = 'SITTING'"
                    + " AND advised_at IS NULL", reassigned.to(), CaseNumbers.idOf(reassigned.caseNumber()),
                    reassigned.from());
        }
    }
}

package org.rbe.governance.review.internal;

import org.rbe.governance.workflow.TaskReassigned;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A review task that passed its deadline goes to another technocrat: the open assignment moves with it, so the new
 * reviewer's decision is recorded in the old one's place (the seed of the reviewers' draw stays as drawn; the
 * reassignment and its own seed are in the ledger).
 */
@Component
class ReviewHandover {
    private final JdbcTemplate jdbc;

    ReviewHandover(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TaskReassigned reassigned) {
        if (reassigned.from() != null && reassigned.to() != null) {
            jdbc.update("UPDATE review_assignment SET reviewer = ? WHERE case_id = ? AND reviewer = ? AND decision IS NULL",
                    reassigned.to(), reassigned.caseNumber(), reassigned.from());
        }
    }
}

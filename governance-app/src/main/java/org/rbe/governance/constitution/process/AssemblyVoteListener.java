package org.rbe.governance.constitution.process;

import org.camunda.bpm.engine.RuntimeService;
import org.rbe.governance.constitution.ReviewSteps;
import org.rbe.governance.voting.BallotCast;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When the assembly has voted on every amendment of a review, tells the waiting review "AssemblyVoted". */
@Component
class AssemblyVoteListener {
    static final String ASSEMBLY_VOTED = "AssemblyVoted";
    private final ReviewSteps steps;
    private final RuntimeService runtime;

    AssemblyVoteListener(ReviewSteps steps, RuntimeService runtime) {
        this.steps = steps;
        this.runtime = runtime;
    }

    @EventListener
    void on(BallotCast cast) {
        steps.reviewCompletedBy(cast.voteId()).ifPresent(reviewId -> runtime.createMessageCorrelation(ASSEMBLY_VOTED)
                .processInstanceVariableEquals("reviewId", reviewId).correlateAllWithResult());
    }
}

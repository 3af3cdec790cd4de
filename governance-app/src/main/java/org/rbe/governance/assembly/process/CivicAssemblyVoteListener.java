package org.rbe.governance.assembly.process;

import org.camunda.bpm.engine.RuntimeService;
import org.rbe.governance.assembly.AssemblySteps;
import org.rbe.governance.voting.BallotCast;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When every member of a civic assembly has voted on both questions, tells its waiting process "CivicAssemblyVoted". */
@Component
class CivicAssemblyVoteListener {
    static final String VOTED = "CivicAssemblyVoted";
    private final AssemblySteps steps;
    private final RuntimeService runtime;

    CivicAssemblyVoteListener(AssemblySteps steps, RuntimeService runtime) {
        this.steps = steps;
        this.runtime = runtime;
    }

    @EventListener
    void on(BallotCast cast) {
        steps.assemblyCompletedBy(cast.voteId()).ifPresent(id -> runtime.createMessageCorrelation(VOTED)
                .processInstanceVariableEquals("assemblyId", id).correlateAllWithResult());
    }
}

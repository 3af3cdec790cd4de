package org.rbe.governance.cycle.process;

import org.camunda.bpm.engine.RuntimeService;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotCast;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When the last juror on the roll has voted, tells the waiting process "AllJurorsVoted". */
@Component
class VoteProgressListener {
    static final String ALL_JURORS_VOTED = "AllJurorsVoted";
    private final BallotBox ballots;
    private final RuntimeService runtime;

    VoteProgressListener(BallotBox ballots, RuntimeService runtime) {
        this.ballots = ballots;
        this.runtime = runtime;
    }

    @EventListener
    void on(BallotCast cast) {
        if (ballots.allVoted(cast.voteId())) {
            runtime.createMessageCorrelation(ALL_JURORS_VOTED)
                    .processInstanceVariableEquals("voteId", cast.voteId())
                    .correlateAllWithResult();
        }
    }
}

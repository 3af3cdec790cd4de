package org.rbe.governance.proceedings.process;

import org.camunda.bpm.engine.RuntimeService;
import org.rbe.governance.proceedings.DrawnBodies;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotCast;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the last member of a body has voted on the last of its open questions, tells the process waiting on that body
 * (process variable {@code panelId}) "BodyVoted": one listener for every kind of body.
 */
@Component
class BodyVoteListener {
    private final BallotBox ballots;
    private final DrawnBodies bodies;
    private final RuntimeService runtime;

    BodyVoteListener(BallotBox ballots, DrawnBodies bodies, RuntimeService runtime) {
        this.ballots = ballots;
        this.bodies = bodies;
        this.runtime = runtime;
    }

    @EventListener
    void on(BallotCast cast) {
        if (!ballots.allVoted(cast.voteId())) {
            return;
        }
        long panelId = ballots.info(cast.voteId()).panelId();
        if (bodies.allVoted(panelId)) {
            runtime.createMessageCorrelation(DrawnBodies.VOTED)
                    .processInstanceVariableEquals(DrawnBodies.PANEL, panelId).correlateAllWithResult();
        }
    }
}

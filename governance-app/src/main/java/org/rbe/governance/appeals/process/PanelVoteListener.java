package org.rbe.governance.appeals.process;

import org.camunda.bpm.engine.RuntimeService;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotCast;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When the last panelist on the roll has voted, tells the waiting appeal "AppealPanelVoted". */
@Component
class PanelVoteListener {
    static final String PANEL_VOTED = "AppealPanelVoted";
    private final BallotBox ballots;
    private final RuntimeService runtime;

    PanelVoteListener(BallotBox ballots, RuntimeService runtime) {
        this.ballots = ballots;
        this.runtime = runtime;
    }

    @EventListener
    void on(BallotCast cast) {
        if (ballots.allVoted(cast.voteId())) {
            runtime.createMessageCorrelation(PANEL_VOTED).processInstanceVariableEquals("voteId", cast.voteId())
                    .correlateAllWithResult();
        }
    }
}

package org.rbe.governance.proceedings.internal;

import java.util.List;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.VoteClosed;
import org.rbe.governance.voting.VoteOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every body drawn by lot deliberates, whatever its process: when a panel's first vote opens, its deliberation opens
 * (unless its process opened it already, on its options and naming its experts; without experts, the clerks answer
 * the questions), and it closes when the panel's last open vote closes.
 */
@Component
class DeliberationOfEveryVote {
    private final Deliberation deliberation;
    private final BallotBox ballots;

    DeliberationOfEveryVote(Deliberation deliberation, BallotBox ballots) {
        this.deliberation = deliberation;
        this.ballots = ballots;
    }

    @EventListener
    void on(VoteOpened opened) {
        // one discussion for the whole body: a body with several votes (an assembly) or of a dozen members (an
        // appeal panel) reasons together rather than option by option
        deliberation.open(ballots.info(opened.voteId()).panelId(), opened.caseId(), List.of(), List.of());
    }

    @EventListener
    void on(VoteClosed closed) {
        long panelId = ballots.info(closed.voteId()).panelId();
        if (!ballots.anyOpen(panelId)) {
            deliberation.close(panelId);
        }
    }
}

package org.rbe.governance.voting;

import java.time.Instant;
import java.util.List;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.simulation.SimulatedPeople;

/**
 * A vote of a real jury of 500 on the test database: a case is taken through review and the ethics check, every
 * juror accepts, and a second vote of that panel is opened with the rules a test asks for (the cycle's own vote stays
 * with the process).
 */
public record OpenVoteFixture(long caseId, long panelId, long voteId, List<String> options, List<MemberView> jurors) {

    public static OpenVoteFixture open(CycleTestSupport support, SimulatedPeople people, Sortition sortition,
                                       BallotBox ballots, CurrentUser currentUser, String title, VoteRules rules,
                                       Instant deadline) {
        DecisionCaseView c = support.openCaseForFixture(title);
        people.reviewRound(c.id(), "APPROVE", null);
        people.closeEthicsCheck(c.id(), "Nothing to veto.");
        PanelView panel = sortition.currentPanel(c.id()).orElseThrow();
        currentUser.runAs("admin", () -> {
            panel.members().forEach(m -> sortition.respond(panel.id(), m.citizenId(), true));
            return null;
        });
        List<String> options = ballots.options(ballots.currentVote(c.id()).orElseThrow());
        long caseId = 1_000_000L + c.id();
        long voteId = ballots.open(caseId, panel.id(), options, deadline, rules);
        return new OpenVoteFixture(caseId, panel.id(), voteId, options, sortition.panel(panel.id()).members());
    }
}

package org.rbe.governance.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.assembly.AssemblyView;
import org.rbe.governance.assembly.CivicAssemblies;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.oversight.CivicOversight;
import org.rbe.governance.oversight.OversightView;
import org.rbe.governance.simulation.AppealSimulation;
import org.rbe.governance.simulation.ReviewSimulation;
import org.rbe.governance.voting.BallotBox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One body of each kind drawn by lot (the decision jury, the civic-oversight trio, an appeal panel, the annual civic
 * assembly, the constitutional assembly) goes through the lifecycle they share, driven by its own process: each is
 * drawn, deliberates, votes, has voted, has its minutes signed and published, in that order in the ledger, and the
 * body's record says PUBLISHED.
 */
class BodyLifecycleTest extends CycleTestSupport {
    private static final List<String> STAGES = List.of("BODY_DRAWN", "BODY_DELIBERATING", "BODY_VOTING", "BODY_VOTED",
            "BODY_MINUTES_SIGNED", "BODY_PUBLISHED");
    private static final double[] FIRST = {1, 0, 0, 0, 0, 0};

    @Autowired
    DrawnBodies bodies;
    @Autowired
    Sortition sortition;
    @Autowired
    BallotBox ballots;
    @Autowired
    CivicOversight oversight;
    @Autowired
    CivicAssemblies assemblies;
    @Autowired
    AppealSimulation appeal;
    @Autowired
    ReviewSimulation review;
    @Autowired
    AuditLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneBodyOfEachKindIsDrawnDeliberatesVotesAndPublishesSignedMinutes(@TempDir Path out) throws Exception {
        // the decision jury
        DecisionCaseView decision = openCase("Lifecycle of every body");
        people.reviewRound(decision.id(), "APPROVE", null);
        people.closeEthicsCheck(decision.id(), "Nothing to veto.");
        people.juryVotes(decision.id(), 0.0, 1.0, FIRST, 5L);
        people.publish(decision.id(), "The jury chose scenario A.");
        assertPublishedThroughTheLifecycle("jury", decision.id());

        // the civic-oversight trio checking that decision
        OversightView check = oversight.request(decision.id(), "Were the reviewers' conflicts of interest checked?");
        beacon.enterPublicValues(check.caseNumber());
        OversightView trio = oversight.get(check.id());
        List<MemberView> members = sortition.panel(trio.panelId()).members();
        currentUser.runAs("admin", () -> {
            for (MemberView m : members) {
                sortition.respond(trio.panelId(), m.citizenId(), true);
                ballots.castFor(trio.voteId(), m.citizenId(), OversightView.SOUND);
            }
            return null;
        });
        assertPublishedThroughTheLifecycle("oversight", check.caseNumber());

        // an appeal panel of 12 and the annual civic assembly of 1,000
        appeal.run(out.resolve("appeal"));
        assertPublishedThroughTheLifecycle("appeal", onlyCaseOf("appeal"));
        AssemblyView assembly = assemblies.conveneIfDue(assemblies.nextDue()).orElseThrow();
        beacon.enterPublicValues(assembly.caseNumber());
        AssemblyView convened = assemblies.get(assembly.id());
        currentUser.runAs("admin", () -> {
            for (MemberView m : sortition.panel(convened.panelId()).members()) {
                sortition.respond(convened.panelId(), m.citizenId(), true);
                ballots.castFor(convened.ratingVoteId(), m.citizenId(), "4");
                ballots.castFor(convened.reviewVoteId(), m.citizenId(), AssemblyView.NO_REVIEW);
            }
            return null;
        });
        assertPublishedThroughTheLifecycle("civic-assembly", assembly.caseNumber());

        // the constitutional assembly of a ten-year review
        review.run(out.resolve("review"));
        assertPublishedThroughTheLifecycle("assembly", onlyCaseOf("assembly"));

        assertThat(jdbc.queryForList("SELECT DISTINCT kind FROM drawn_body", String.class))
                .contains("jury", "oversight", "appeal", "civic-assembly", "assembly");
    }

    private long onlyCaseOf(String kind) {
        return jdbc.queryForObject("SELECT MAX(case_number) FROM drawn_body WHERE kind = ?", Long.class, kind);
    }

    private void assertPublishedThroughTheLifecycle(String kind, long caseNumber) {
        List<BodyView> ofCase = bodies.bodiesOf(caseNumber).stream().filter(b -> b.kind().equals(kind)).toList();
        assertThat(ofCase).as("the %s of case %d", kind, caseNumber).isNotEmpty();
        assertThat(ofCase.get(ofCase.size() - 1).stage()).as("the %s of case %d", kind, caseNumber)
                .isEqualTo(BodyStage.PUBLISHED);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT stage FROM drawn_body WHERE case_number = ? AND kind = ?",
                caseNumber, kind);
        assertThat(rows).extracting(r -> r.get("stage")).contains(BodyStage.PUBLISHED.name());
        assertThat(ledger.entries(0, 10_000_000).stream().filter(e -> e.subject().equals("case:" + caseNumber))
                .map(LedgerEntry::type).filter(t -> t.startsWith("BODY_")).toList())
                .as("the ledger of the %s of case %d", kind, caseNumber).containsSubsequence(STAGES);
    }
}

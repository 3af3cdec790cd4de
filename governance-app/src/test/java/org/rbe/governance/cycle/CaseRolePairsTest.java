package org.rbe.governance.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.conflicts.ConflictOfInterestException;
import org.rbe.governance.conflicts.DecisionRoles;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.Stage;
import org.rbe.governance.ethics.EthicsCouncil;
import org.rbe.governance.jury.JurorNames;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.scenarios.ScenarioGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No one holds two roles in one decision case: for every ordered pair of the case's roles (analyst, reviewer, ethics
 * member, juror, clerk publishing), a person who holds the first is refused the second by the service that confers it,
 * and the jury is drawn without anyone who holds another role. The roles taken along the real cycle are recorded.
 * Who the jurors are is shown only to clerks, and each look is ledgered.
 */
class CaseRolePairsTest extends CycleTestSupport {
    @Autowired
    CaseRoles roles;
    @Autowired
    CycleSteps steps;
    @Autowired
    EthicsCouncil ethics;
    @Autowired
    ScenarioGenerator scenarios;
    @Autowired
    ExpertReview review;
    @Autowired
    Sortition sortition;
    @Autowired
    CitizenRegistry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JurorNames jurorNames;
    @Autowired
    AuditLedger ledger;

    @Test
    void everyPairOfRolesInADecisionCaseIsRefusedAndTheJuryExcludesEveryoneInvolved() throws Exception {
        DecisionCaseView c = openCase("Two roles");
        long caseId = c.id();
        assertThat(roles.roleOf(caseId, citizen("analyst"))).contains(DecisionRoles.ANALYST);
        List<String> reviewers = List.copyOf(review.reviewersOf(caseId));
        reviewers.forEach(r -> assertThat(roles.roleOf(caseId, citizen(r))).as(r).contains(DecisionRoles.REVIEWER));
        // the reviewers' draw is in the ledger with what it takes to re-run it
        com.fasterxml.jackson.databind.JsonNode drawn = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                ledger.entries(0, 1_000_000).stream().filter(e -> e.type().equals("REVIEWERS_DRAWN")
                        && e.subject().equals("case:" + caseId)).findFirst().orElseThrow().payload());
        List<String> candidates = new ArrayList<>();
        drawn.get("candidates").forEach(n -> candidates.add(n.asText()));
        java.util.Collections.shuffle(candidates, new java.util.Random(drawn.get("seed").asLong()));
        assertThat(candidates.subList(0, ExpertReview.PANEL_SIZE)).containsExactlyInAnyOrderElementsOf(reviewers);
        people.reviewRound(caseId, "APPROVE", null);
        assertThat(cases.get(caseId).stage()).isEqualTo(Stage.ETHICS);
        long scenarioId = scenarios.scenarios(caseId, cases.get(caseId).round()).get(0).id();

        // who would take each role second: someone the system lets take it, with no role in this case yet
        String technocrat = staffOutside(caseId, "tech", reviewers);
        Map<String, Consumer<String>> second = Map.of(
                DecisionRoles.REVIEWER, who -> steps.recordReview(caseId, 1, who, "APPROVE", null),
                DecisionRoles.ETHICS, who -> currentUser.runAs(who, () -> ethics.veto(caseId, scenarioId, "A reason")),
                DecisionRoles.CLERK, who -> steps.signMinutes(caseId, 0, "Summary", who),
                DecisionRoles.ANALYST, who -> currentUser.runAs(who, () -> {
                    steps.closeCycle(caseId, "Observed", "YES");
                    return null;
                }));
        Map<String, String> person = Map.of(DecisionRoles.REVIEWER, technocrat, DecisionRoles.ETHICS, "ethics7",
                DecisionRoles.CLERK, "clerk3", DecisionRoles.ANALYST, "analyst");
        List<String> refused = new ArrayList<>();
        for (String wanted : second.keySet()) {
            String who = person.get(wanted);
            for (String held : DecisionRoles.ALL) {
                if (held.equals(wanted)) {
                    continue;
                }
                holdOnly(caseId, who, held);
                assertThatThrownBy(() -> second.get(wanted).accept(who)).as(held + " then " + wanted)
                        .isInstanceOf(ConflictOfInterestException.class);
                assertThat(roles.roleOf(caseId, citizen(who))).as(held + " then " + wanted).contains(held);
                refused.add(held + "->" + wanted);
            }
            holdOnly(caseId, who, null);
        }
        assertThat(refused).hasSize(16);
        assertThat(cases.get(caseId).stage()).as("nothing advanced").isEqualTo(Stage.ETHICS);

        // juror second: everyone holding another role is left out of the draw, and every juror holds JUROR
        for (String held : List.of(DecisionRoles.ANALYST, DecisionRoles.ETHICS, DecisionRoles.CLERK, DecisionRoles.REVIEWER)) {
            holdOnly(caseId, person.get(held), held);
        }
        people.closeEthicsCheck(caseId, "Nothing to veto.");
        PanelView jury = sortition.currentPanel(caseId).orElseThrow();
        List<Long> others = roles.involvedOtherThan(caseId, DecisionRoles.JUROR).stream().toList();
        assertThat(others).contains(citizen("analyst"), citizen("ethics7"), citizen("clerk3"), citizen(technocrat));
        assertThat(jury.members()).extracting(MemberView::citizenId).doesNotContainAnyElementsOf(others);
        jury.members().forEach(m -> assertThat(roles.roleOf(caseId, m.citizenId())).contains(DecisionRoles.JUROR));
        // a replacement for a juror who declines becomes a juror of the case too
        MemberView decliner = jury.members().get(0);
        currentUser.runAs("admin", () -> sortition.respond(jury.id(), decliner.citizenId(), false));
        List<MemberView> now = sortition.panel(jury.id()).members();
        MemberView replacement = now.stream().filter(m -> jury.members().stream()
                .noneMatch(old -> old.citizenId() == m.citizenId())).findFirst().orElseThrow();
        assertThat(roles.roleOf(caseId, replacement.citizenId())).contains(DecisionRoles.JUROR);
        assertThat(others).doesNotContain(replacement.citizenId());

        // who the jurors are: the invitation clerks only, and each look is in the ledger
        for (String other : List.of(technocrat, "ethics1", "analyst", "admin")) {
            assertThatThrownBy(() -> currentUser.runAs(other, () -> jurorNames.forClerk(jury.id()))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(currentUser.runAs("clerk1", () -> jurorNames.forClerk(jury.id()))).hasSameSizeAs(now);
        assertThat(ledger.entries(0, 1_000_000)).filteredOn(e -> e.subject().equals("panel:" + jury.id())
                        && e.type().equals("JUROR_NAMES_VIEWED")).extracting(LedgerEntry::payload)
                .containsExactly("{\"caseNumber\":" + caseId + ",\"viewer\":\"clerk1\"}");
    }

    /** Makes {@code username} hold exactly {@code role} in the case (none when null), as if they had taken it. */
    private void holdOnly(long caseId, String username, String role) {
        jdbc.update("DELETE FROM case_role WHERE case_number = ? AND citizen_id = ?", caseId, citizen(username));
        if (role != null) {
            roles.assign(caseId, role, citizen(username));
        }
    }

    private String staffOutside(long caseId, String prefix, List<String> busy) {
        return registry.all().stream().map(CitizenProfile::username).filter(u -> u.startsWith(prefix) && !busy.contains(u))
                .filter(u -> roles.roleOf(caseId, citizen(u)).isEmpty()).findFirst().orElseThrow();
    }

    private long citizen(String username) {
        return registry.byUsername(username).map(CitizenProfile::id).orElseThrow(() ->
                new AssertionError(username + " has no citizen"));
    }
}

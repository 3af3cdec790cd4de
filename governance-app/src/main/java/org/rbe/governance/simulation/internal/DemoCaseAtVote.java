package org.rbe.governance.simulation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.simulation.SimulatedBeacon;
import org.rbe.governance.simulation.SimulatedDeliberation;
import org.rbe.governance.simulation.SimulatedPeople;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code governance.demo.case-at-vote=true} (demo only), the start takes one decision to its vote with simulated
 * people: reviewed, checked, a jury drawn, all but the first juror accepted and deliberating. The first juror's
 * invitation is left for a person to answer, so the juror's path (invitation, reading, asking, the table, arguing,
 * voting, the receipt) can be tried at once; the log names that juror.
 */
@Component
@ConditionalOnProperty(name = {"governance.demo.enabled", "governance.demo.case-at-vote"}, havingValue = "true")
class DemoCaseAtVote {
    private static final Logger log = LoggerFactory.getLogger(DemoCaseAtVote.class);
    private final CorrelationCenter correlation;
    private final DecisionCases cases;
    private final SimulatedPeople people;
    private final SimulatedBeacon beacon;
    private final SimulatedDeliberation deliberation;
    private final Sortition sortition;
    private final CurrentUser currentUser;

    DemoCaseAtVote(CorrelationCenter correlation, DecisionCases cases, SimulatedPeople people, SimulatedBeacon beacon,
                   SimulatedDeliberation deliberation, Sortition sortition, CurrentUser currentUser) {
        this.correlation = correlation;
        this.cases = cases;
        this.people = people;
        this.beacon = beacon;
        this.deliberation = deliberation;
        this.sortition = sortition;
        this.currentUser = currentUser;
    }

    /** After the demo population and logins exist (orders 0 and 1). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void prepare() throws IOException {
        byte[] csv;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/observations.csv")) {
            csv = in.readAllBytes();
        }
        DecisionCaseView c = currentUser.runAs("analyst", () -> cases.open("Wheat supply for the coming year", "food",
                "South", correlation.importObservations("observations.csv", csv, "analyst").id()));
        beacon.enterPublicValues(c.id());
        people.reviewRound(c.id(), "ANNOTATE", "Check the northern reserve in a poor year.");
        people.closeEthicsCheck(c.id(), "All scenarios considered; none vetoed.");
        PanelView panel = sortition.currentPanel(c.id()).orElseThrow();
        // staff are citizens too and may be drawn; the juror left for a person is an ordinary citizen (no second factor)
        MemberView left = panel.members().stream().filter(m -> m.username().startsWith("citizen")).findFirst()
                .orElseThrow();
        currentUser.runAs("admin", () -> {
            panel.members().stream().filter(m -> m != left).forEach(m -> sortition.respond(panel.id(), m.citizenId(), true));
            return null;
        });
        deliberation.deliberate(panel.id(), new Random(7));
        log.info("Demo: case {} is at its vote; juror {} (password demo) is invited and can take the juror's path",
                c.id(), left.username());
    }
}

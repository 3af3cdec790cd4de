package org.rbe.governance.crash;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rbe.governance.GovernanceApplication;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.simulation.SimulatedPeople;
import org.rbe.governance.voting.BallotBox;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a child process for the crash test: on a fresh database it takes one case to its jury vote
 * (every juror accepted) and writes the vote, the process instance and the jurors' logins to the fixture file; then it
 * prints READY and serves HTTP until it is killed.
 */
public final class CrashTestApp {
    private CrashTestApp() {
    }

    public static void main(String[] args) throws IOException {
        ConfigurableApplicationContext context = SpringApplication.run(GovernanceApplication.class, args);
        Path fixture = Path.of(context.getEnvironment().getRequiredProperty("crash.fixture"));
        if (!Files.exists(fixture)) {
            Files.write(fixture, prepare(context));
        }
        System.out.println("READY");
        System.out.flush();
    }

    private static List<String> prepare(ConfigurableApplicationContext context) throws IOException {
        CurrentUser currentUser = context.getBean(CurrentUser.class);
        CorrelationCenter correlation = context.getBean(CorrelationCenter.class);
        DecisionCases cases = context.getBean(DecisionCases.class);
        SimulatedPeople people = context.getBean(SimulatedPeople.class);
        Sortition sortition = context.getBean(Sortition.class);
        BallotBox ballots = context.getBean(BallotBox.class);
        byte[] csv;
        try (InputStream in = CrashTestApp.class.getClassLoader().getResourceAsStream("demo/observations.csv")) {
            csv = in.readAllBytes();
        }
        DecisionCaseView c = currentUser.runAs("analyst", () -> cases.open("Crash test", "food", "South",
                correlation.importObservations("observations.csv", csv, "analyst").id()));
        people.reviewRound(c.id(), "APPROVE", null);
        people.closeEthicsCheck(c.id(), "Nothing to veto.");
        PanelView panel = sortition.currentPanel(c.id()).orElseThrow();
        currentUser.runAs("admin", () -> {
            panel.members().forEach(m -> sortition.respond(panel.id(), m.citizenId(), true));
            return null;
        });
        long voteId = ballots.currentVote(c.id()).orElseThrow();
        List<String> lines = new ArrayList<>();
        lines.add(Long.toString(voteId));
        lines.add(cases.get(c.id()).processInstanceId());
        lines.add(String.join(",", ballots.options(voteId)));
        for (MemberView m : sortition.panel(panel.id()).members()) {
            lines.add(m.username());
        }
        return lines;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

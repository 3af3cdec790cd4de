package org.rbe.governance.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.correlation.DatasetSummary;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.decisions.Stage;
import org.rbe.governance.minutes.MinutesVerification;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.scenarios.ScenarioGenerator;
import org.rbe.governance.scenarios.ScenarioView;
import org.rbe.governance.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * {@code simulate --out DIR}: one decision through every stage with simulated people, through the services.
 * Writes the signed minutes and {@code timings.json} (seconds per stage) into DIR.
 */
@Component
public class SimulateCommand {
    private final CorrelationCenter correlation;
    private final DecisionCases cases;
    private final ScenarioGenerator scenarios;
    private final SimulatedPeople people;
    private final SimulatedBeacon beacon;
    private final DecisionRegister register;
    private final MinutesVerifier verifier;
    private final CurrentUser currentUser;
    private final PublicArtefacts artefacts;

    SimulateCommand(CorrelationCenter correlation, DecisionCases cases, ScenarioGenerator scenarios, SimulatedPeople people,
                    DecisionRegister register, MinutesVerifier verifier, CurrentUser currentUser, PublicArtefacts artefacts,
                    SimulatedBeacon beacon) {
        this.beacon = beacon;
        this.artefacts = artefacts;
        this.correlation = correlation;
        this.cases = cases;
        this.scenarios = scenarios;
        this.people = people;
        this.register = register;
        this.verifier = verifier;
        this.currentUser = currentUser;
    }

    /** Runs the whole cycle; returns the path of the signed minutes. Throws on the first stage that fails. */
    public Path run(Path out) throws Exception {
        Files.createDirectories(out);
        Map<String, Double> timings = new LinkedHashMap<>();
        byte[] csv = demoData();
        DatasetSummary dataset = timed(timings, "data_upload", () -> currentUser.runAs("analyst",
                () -> correlation.importObservations("observations.csv", csv, "analyst")));
        DecisionCaseView opened = timed(timings, "snapshot_scenarios_and_reviewer_draw", () -> currentUser.runAs("analyst",
                () -> cases.open("Wheat supply for the coming year", "food", "South", dataset.id())));
        long caseId = opened.id();
        beacon.enterPublicValues(caseId);
        expect(caseId, Stage.EXPERT_REVIEW);
        timed(timings, "expert_review", () -> people.reviewRound(caseId, "APPROVE", null));
        expect(caseId, Stage.ETHICS);
        timed(timings, "ethics_check_and_jury_selection", () -> {
            ScenarioView last = scenarios.scenarios(caseId, cases.get(caseId).round()).stream()
                    .reduce((a, b) -> b).orElseThrow();
            people.veto(caseId, last.id(), "Relies on imports the neighbouring region has not agreed to (simulated veto).");
            people.closeEthicsCheck(caseId, "All scenarios considered; one vetoed with reasons.");
            return null;
        });
        expect(caseId, Stage.VOTE);
        JuryTurnout turnout = timed(timings, "deliberation_and_vote",
                () -> people.juryVotes(caseId, 0.05, 1.0, new double[] {6, 2, 1, 1, 1}, 42L));
        expect(caseId, Stage.PUBLICATION);
        timed(timings, "publication_and_signed_minutes", () -> {
            people.publish(caseId, "The jury approved a plan that meets every constitutional floor in all regions.");
            return null;
        });
        timed(timings, "feedback", () -> {
            people.recordFeedback(caseId, "Stocks and deliveries matched the plan within 3%.", "YES");
            return null;
        });
        expect(caseId, Stage.CLOSED);
        RegisterEntry entry = register.entry(caseId).orElseThrow(() -> new IllegalStateException("Not in the register"));
        byte[] pdf = register.minutesPdf(caseId).orElseThrow();
        MinutesVerification verification = verifier.verify(pdf);
        if (!verification.valid()) {
            throw new IllegalStateException("The minutes do not verify: " + verification.reason());
        }
        Path minutes = out.resolve("minutes-" + entry.documentId() + ".pdf");
        Files.write(minutes, pdf);
        Files.writeString(out.resolve("timings.json"), json(timings, entry, caseId), StandardCharsets.UTF_8);
        artefacts.write(out, turnout.kept());
        return minutes;
    }

    private void expect(long caseId, Stage stage) {
        DecisionCaseView c = cases.get(caseId);
        if (c.stage() != stage) {
            throw new IllegalStateException("Case " + caseId + " is at " + c.stage() + " (outcome " + c.outcome()
                    + ") where " + stage + " was expected");
        }
    }

    private static <T> T timed(Map<String, Double> timings, String stage, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        timings.put(stage, (System.nanoTime() - start) / 1e9);
        return result;
    }

    private static byte[] demoData() throws IOException {
        try (InputStream in = SimulateCommand.class.getClassLoader().getResourceAsStream("demo/observations.csv")) {
            if (in == null) {
                throw new IOException("demo/observations.csv is missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    private static String json(Map<String, Double> timings, RegisterEntry entry, long caseId) {
        StringBuilder sb = new StringBuilder("{\n  \"caseId\": ").append(caseId)
                .append(",\n  \"documentId\": \"").append(entry.documentId())
                .append("\",\n  \"minutesSha256\": \"").append(entry.minutesSha256()).append("\",\n  \"stages\": {\n");
        double total = 0;
        int i = 0;
        for (Map.Entry<String, Double> e : timings.entrySet()) {
            total += e.getValue();
            sb.append("    \"").append(e.getKey()).append("\": ").append(String.format(Locale.ROOT, "%.3f", e.getValue()))
                    .append(++i < timings.size() ? ",\n" : "\n");
        }
        return sb.append("  },\n  \"totalSeconds\": ").append(String.format(Locale.ROOT, "%.3f", total)).append("\n}\n").toString();
    }
}

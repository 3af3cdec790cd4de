package org.rbe.governance.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.minutes.MinutesVerification;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.simulation.SimulateCommand;
import org.springframework.beans.factory.annotation.Autowired;

/** From data upload to signed minutes, as the {@code simulate} command runs it; the signature checked twice. */
class SimulationFullStackTest extends CycleTestSupport {
    @Autowired
    SimulateCommand simulate;
    @Autowired
    MinutesVerifier verifier;
    @Autowired
    org.rbe.governance.voting.BallotBox ballots;

    @Test
    void oneDecisionRunsFromDataUploadToSignedMinutesThatValidate(@TempDir Path out) throws Exception {
        Path minutes = simulate.run(out);
        byte[] pdf = Files.readAllBytes(minutes);
        MinutesVerification verification = verifier.verify(pdf);
        assertThat(verification.valid()).as(verification.reason()).isTrue();
        assertThat(verification.coversWholeDocument()).isTrue();
        assertThat(verification.signedByThisRegister()).isTrue();
        String timings = Files.readString(out.resolve("timings.json"), StandardCharsets.UTF_8);
        assertThat(timings).contains("\"data_upload\"", "\"expert_review\"", "\"deliberation_and_vote\"",
                "\"publication_and_signed_minutes\"", "\"feedback\"", "\"totalSeconds\"");
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        if (System.getenv("REQUIRE_PDFSIG") != null) {
            assertThat(pdfsig).as("CI installs poppler-utils for an independent check").isExecutable();
        }
        if (Files.isExecutable(pdfsig)) {
            Process p = new ProcessBuilder(pdfsig.toString(), minutes.toString()).redirectErrorStream(true).start();
            String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(report).contains("Signature is Valid", "Total document signed");
        }
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        if (Files.isExecutable(pdftotext)) {
            Process p = new ProcessBuilder(pdftotext.toString(), minutes.toString(), "-").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            long caseId = Long.parseLong(timings.replaceAll("(?s).*\"caseId\": (\\d+).*", "$1"));
            String root = ballots.merkleRoot(ballots.currentVote(caseId).orElseThrow());
            assertThat(text).as("the minutes print the ballot Merkle root").contains(root);
            assertThat(text).as("and the audit-log head").doesNotContain("not yet recorded", "ещё не записано");
        }
    }
}

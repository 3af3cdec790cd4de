package org.rbe.governance.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.minutes.MinutesVerification;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.simulation.internal.SimulateMode;
import org.springframework.beans.factory.annotation.Autowired;

/** The appeal and the constitutional review as {@code simulate --process ...} runs them: signed minutes and timings. */
class ProcessSimulationsTest extends CycleTestSupport {
    @Autowired
    AppealSimulation appeal;
    @Autowired
    ReviewSimulation review;
    @Autowired
    MinutesVerifier verifier;

    @Test
    void oneAppealRunsFromTheSanctionToSignedMinutesThatValidate(@TempDir Path out) throws Exception {
        Path minutes = appeal.run(out);
        assertThat(minutes.getFileName().toString()).startsWith("minutes-AP-");
        assertValid(minutes);
        assertThat(Files.readString(out.resolve("timings.json"), StandardCharsets.UTF_8)).contains(
                "\"process\": \"sanction-appeal\"", "\"appeal_filed_and_panel_drawn\"", "\"expert_advice\"",
                "\"hearing_vote_and_signed_minutes\"", "\"totalSeconds\"");
    }

    @Test
    void oneConstitutionalReviewRunsFromItsDueDateToSignedMinutesThatValidate(@TempDir Path out) throws Exception {
        Path minutes = review.run(out);
        assertThat(minutes.getFileName().toString()).startsWith("minutes-CR-");
        assertValid(minutes);
        assertThat(Files.readString(out.resolve("timings.json"), StandardCharsets.UTF_8)).contains(
                "\"process\": \"constitutional-review\"", "\"assembly_invitations\"", "\"ethics_check\"",
                "\"assembly_votes_enactment_and_signed_minutes\"");
    }

    @Test
    void anUnknownProcessIsRefusedWithTheUsage() {
        assertThat(new SimulateMode().run(new String[] {"--process", "no-such-process", "--out", "/tmp/x"})).isEqualTo(2);
        assertThat(new SimulateMode().run(new String[] {"--process", "sanction-appeal"})).isEqualTo(2);
    }

    private void assertValid(Path minutes) throws Exception {
        MinutesVerification verification = verifier.verify(Files.readAllBytes(minutes));
        assertThat(verification.valid()).as(verification.reason()).isTrue();
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        if (Files.isExecutable(pdfsig)) {
            Process p = new ProcessBuilder(pdfsig.toString(), minutes.toString()).redirectErrorStream(true).start();
            String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(report).contains("Signature is Valid", "Total document signed");
        }
    }
}

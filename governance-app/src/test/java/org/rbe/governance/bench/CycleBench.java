package org.rbe.governance.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.simulation.SimulateCommand;
import org.springframework.beans.factory.annotation.Autowired;

/** Seconds per stage of one decision with a jury of 500, as the simulate command measures them (three runs). */
@Tag("bench")
class CycleBench extends CycleTestSupport {
    @Autowired
    SimulateCommand simulate;

    @Test
    void secondsPerStageOfOneDecision() throws Exception {
        for (int run = 1; run <= 3; run++) {
            Path out = Files.createTempDirectory("cycle-bench");
            simulate.run(out);
            System.out.println("BENCH cycle run " + run + ": " + Files.readString(out.resolve("timings.json")).replaceAll("\\s+", " "));
        }
    }
}

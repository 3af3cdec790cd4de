package org.rbe.governance.testing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.rbe.governance.minutes.MinutesContent;

/** Small minutes content for tests outside the minutes module. */
public final class SampleMinutes {
    private SampleMinutes() {
    }

    public static MinutesContent content(long caseId, String documentId) {
        return new MinutesContent(documentId, Locale.ENGLISH, caseId, "Water for the south", "water", "South",
                "Pipeline first", "The jury approved the pipeline.", "Clerk One", Instant.parse("2025-03-03T10:00:00Z"),
                List.of(new MinutesContent.Dataset("water.csv", "ab".repeat(32), 10)), List.of(),
                List.of(new MinutesContent.Scenario("A", "Pipeline first", "Build the pipeline.", List.of(), false)),
                List.of(), List.of(),
                new MinutesContent.Jury(5, "stratified", "42", "re-run with seed 42",
                        List.of(new MinutesContent.CompositionRow("region", "South", 5, 5))),
                new MinutesContent.Tally(5, 5, 100, 50, true, "simple majority", "tie: rework",
                        List.of(new MinutesContent.OptionTotal("Pipeline first", 5)), "Pipeline first"),
                null, null, List.of());
    }
}

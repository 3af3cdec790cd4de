package org.rbe.governance.review;

import java.util.List;
import java.util.Map;
import org.rbe.governance.shared.Audited;

/**
 * Technocrats were drawn by lot to review a case's scenarios. Recorded with everything needed to re-run the draw:
 * the candidates in the order they were shuffled from, the seed, and the rule ({@link #RULE}).
 */
public record ReviewersDrawn(long caseNumber, int round, long seed, List<String> candidates, List<String> drawn)
        implements Audited {
    /** How the reviewers follow from the candidates and the seed. */
    public static final String RULE = "java.util.Collections.shuffle(candidates, new java.util.Random(seed)); the first "
            + ExpertReview.PANEL_SIZE;

    public ReviewersDrawn {
        candidates = List.copyOf(candidates);
        drawn = List.copyOf(drawn);
    }

    @Override
    public String auditType() {
        return "REVIEWERS_DRAWN";
    }

    @Override
    public String auditSubject() {
        return "case:" + caseNumber;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Map.of("round", round, "seed", seed, "candidates", candidates, "drawn", drawn, "rule", RULE);
    }
}

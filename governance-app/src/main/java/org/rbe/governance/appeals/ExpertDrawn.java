package org.rbe.governance.appeals;

import java.util.List;
import java.util.Map;
import org.rbe.governance.shared.Audited;

/**
 * The technocrat who advises an appeal panel was drawn by lot; recorded with the candidates in the order they were
 * shuffled from, the seed and the rule ({@link #RULE}), so that anyone can re-run the draw.
 */
public record ExpertDrawn(long caseNumber, long seed, List<String> candidates, String expert) implements Audited {
    /** How the expert follows from the candidates and the seed. */
    public static final String RULE = "java.util.Collections.shuffle(candidates, new java.util.Random(seed)); the first";

    public ExpertDrawn {
        candidates = List.copyOf(candidates);
    }

    @Override
    public String auditType() {
        return "APPEAL_EXPERT_DRAWN";
    }

    @Override
    public String auditSubject() {
        return "case:" + caseNumber;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Map.of("seed", seed, "candidates", candidates, "expert", expert, "rule", RULE);
    }
}

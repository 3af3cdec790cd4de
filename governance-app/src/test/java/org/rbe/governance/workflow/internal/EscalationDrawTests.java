package org.rbe.governance.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationDrawTests {
    private static final List<String> TECHNOCRATS = List.of("tech04", "tech01", "tech03", "tech02", "tech05", "tech06");

    @Test
    void sameCaseTaskAndEscalationGiveTheSameSeedAndOrder() {
        long seed = EscalationDraw.seed(12, "Task_ExpertReview", 1);
        assertThat(EscalationDraw.seed(12, "Task_ExpertReview", 1)).isEqualTo(seed);
        assertThat(EscalationDraw.order(TECHNOCRATS, seed)).isEqualTo(EscalationDraw.order(TECHNOCRATS, seed))
                .containsExactlyInAnyOrderElementsOf(TECHNOCRATS);
    }

    @Test
    void theOrderDoesNotDependOnTheOrderTheCandidatesComeIn() {
        long seed = EscalationDraw.seed(12, "Task_ExpertReview", 1);
        List<String> reversed = new java.util.ArrayList<>(TECHNOCRATS);
        java.util.Collections.reverse(reversed);
        assertThat(EscalationDraw.order(reversed, seed)).isEqualTo(EscalationDraw.order(TECHNOCRATS, seed));
    }

    @Test
    void anotherCaseTaskOrEscalationGivesAnotherSeed() {
        long seed = EscalationDraw.seed(12, "Task_ExpertReview", 1);
        assertThat(EscalationDraw.seed(13, "Task_ExpertReview", 1)).isNotEqualTo(seed);
        assertThat(EscalationDraw.seed(12, "Task_EthicsCheck", 1)).isNotEqualTo(seed);
        assertThat(EscalationDraw.seed(12, "Task_ExpertReview", 2)).isNotEqualTo(seed);
    }

    @Test
    void theSeedIsPinnedSoAnyoneCanRecomputeItFromTheLedger() {
        // SHA-256("task-deadline-v1\n12\nTask_ExpertReview\n1"), first 8 bytes as a signed big-endian long
        assertThat(EscalationDraw.seed(12, "Task_ExpertReview", 1)).isEqualTo(7800439185758160838L);
    }
}

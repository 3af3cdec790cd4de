package org.rbe.governance.initiatives.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;

class AnalystChoiceTests {
    private static final List<Actor> TECHNOCRATS = IntStream.rangeClosed(1, 20)
            .mapToObj(i -> new Actor(String.format("tech%02d", i), "Tech " + i, (long) i, Set.of(Role.TECHNOCRAT)))
            .toList();

    @Test
    void theSameCaseNumberChoosesTheSameTechnocratWhateverTheRosterOrder() {
        List<Actor> reversed = new java.util.ArrayList<>(TECHNOCRATS);
        java.util.Collections.reverse(reversed);
        assertThat(AnalystChoice.choose(TECHNOCRATS, 9_999, 8_000_000_007L))
                .isEqualTo(AnalystChoice.choose(reversed, 9_999, 8_000_000_007L));
        assertThat(IntStream.range(1, 200).mapToObj(n -> AnalystChoice.choose(TECHNOCRATS, 9_999, 8_000_000_000L + n)
                .orElseThrow().username()).distinct().count()).as("different cases spread over the roster")
                .isGreaterThan(10);
    }

    @Test
    void theProposerIsNeverChosen() {
        for (long n = 1; n <= 200; n++) {
            long proposer = n % 20 + 1;
            assertThat(AnalystChoice.choose(TECHNOCRATS, proposer, 8_000_000_000L + n).orElseThrow().citizenId())
                    .isNotEqualTo(proposer);
        }
        assertThat(AnalystChoice.choose(TECHNOCRATS.subList(0, 1), 1, 8_000_000_001L)).isEmpty();
    }
}

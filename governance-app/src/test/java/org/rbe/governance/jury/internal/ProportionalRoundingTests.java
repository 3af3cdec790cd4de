package org.rbe.governance.jury.internal;

import org.junit.jupiter.api.Test;

import java.util.Arrays;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProportionalRoundingTests {

    @Test
    void aPoolOf5000WithSixCategoriesGetsEveryoneKOverNWithEveryPanelMeetingTheQuotas() {
        SelectionInstance instance = SortitionBench.synthetic(5_000, 6, 500, 1L);
        PoolTypes types = new PoolTypes(instance);

        Lottery lottery = ProportionalRounding.find(types, Leximin.ALGORITHM, System.nanoTime()).orElseThrow();

        assertThat(Arrays.stream(lottery.panelProbabilities()).sum()).isCloseTo(1.0, within(1e-12));
        for (double p : lottery.probabilities()) {
            assertThat(p).isCloseTo(0.1, within(1e-12));
        }
        for (int[] panel : lottery.panels()) {
            assertThat(instance.meetsQuotas(people(types, panel))).isTrue();
        }
        int[] drawn = lottery.draw(7L);
        assertThat(instance.meetsQuotas(drawn)).isTrue();
        assertThat(lottery.draw(7L)).isEqualTo(drawn);
    }

    @Test
    void aProbabilityThatIsNotAUnitFractionStillComesOutExact() {
        SelectionInstance instance = SortitionBench.synthetic(1_237, 4, 130, 3L);
        PoolTypes types = new PoolTypes(instance);

        Lottery lottery = ProportionalRounding.find(types, Leximin.ALGORITHM, System.nanoTime()).orElseThrow();

        for (double p : lottery.probabilities()) {
            assertThat(p).isCloseTo(130.0 / 1_237, within(1e-12));
        }
        for (int[] panel : lottery.panels()) {
            assertThat(instance.meetsQuotas(people(types, panel))).isTrue();
        }
    }

    @Test
    void quotasThatExcludeTheProportionalShareLeaveItToTheColumnGeneration() {
        SelectionInstance instance = SortitionData.sfFixture();
        PoolTypes types = new PoolTypes(instance);

        assertThat(ProportionalRounding.find(types, Leximin.ALGORITHM, System.nanoTime())).isEmpty();
        double minimum = Arrays.stream(Leximin.solve(types, 0).orElseThrow().probabilities()).min().orElseThrow();
        assertThat(minimum).isLessThan(22.0 / 150);
    }

    @Test
    void leximinUsesItWhenEveryoneCanHaveKOverN() {
        SelectionInstance instance = SortitionBench.synthetic(2_000, 5, 200, 5L);
        Lottery lottery = Leximin.solve(new PoolTypes(instance), 0).orElseThrow();

        assertThat(lottery.stats().oracleCalls()).isZero();
        assertThat(Arrays.stream(lottery.probabilities()).min().orElseThrow()).isCloseTo(0.1, within(1e-12));
    }

    /** The first members of each type, as many as the panel takes: a concrete panel of people. */
    private static int[] people(PoolTypes types, int[] counts) {
        return java.util.stream.IntStream.range(0, counts.length)
                .flatMap(t -> Arrays.stream(types.members(t)).limit(counts[t]))
                .toArray();
    }

}

package org.rbe.governance.correlation.internal;

import org.junit.jupiter.api.Test;
import org.rbe.governance.correlation.Finding;
import org.rbe.governance.correlation.Observation;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PairwiseCorrelationsTest {

    private static List<Observation> series(String indicator, double... values) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(new Observation(indicator, "North", "2024-%02d".formatted(i + 1), values[i], "u", "test"));
        }
        return list;
    }

    @Test
    void handComputedPearsonAndStudentT() {
        // x = 1..5, y = 2,4,5,4,5. Means 3 and 4; dx = -2,-1,0,1,2; dy = -2,0,1,0,1.
        // Sxy = 4+0+0+0+2 = 6, Sxx = 10, Syy = 6, so r = 6 / sqrt(60) = 0.7745966692.
        // t = r * sqrt((n-2)/(1-r^2)) = 0.7746 * sqrt(3/0.4) = 3/sqrt(2) = 2.1213203, df = 3.
        // Student's t CDF for df = 3 has the closed form F(t) = 1/2 + (1/pi)(a/(1+a^2) + atan(a)), a = t/sqrt(3),
        // giving p = 2(1 - F(t)) = 0.1240270627 (scipy.stats.pearsonr gives the same 0.1240270626575546).
        List<Observation> data = new ArrayList<>(series("x", 1, 2, 3, 4, 5));
        data.addAll(series("y", 2, 4, 5, 4, 5));

        List<Finding> findings = PairwiseCorrelations.compute(data);

        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.indicatorA()).isEqualTo("x");
        assertThat(f.n()).isEqualTo(5);
        assertThat(f.r()).isCloseTo(6 / Math.sqrt(60), within(1e-12));
        assertThat(f.pValue()).isCloseTo(0.1240270626575546, within(1e-9));
        assertThat(f.significant()).isFalse();
    }

    @Test
    void publishedScipyValueForAStrongLinkIsSignificant() {
        // scipy.stats.pearsonr([10,20,30,40,50,60], [12,25,29,48,52,61])
        //   -> statistic 0.9854796756227288, pvalue 0.0003147289987425946
        List<Observation> data = new ArrayList<>(series("a", 10, 20, 30, 40, 50, 60));
        data.addAll(series("b", 12, 25, 29, 48, 52, 61));

        Finding f = PairwiseCorrelations.compute(data).get(0);

        assertThat(f.r()).isCloseTo(0.9854796756227288, within(1e-12));
        assertThat(f.pValue()).isCloseTo(0.0003147289987425946, within(1e-10));
        assertThat(f.significant()).isTrue();
    }

    @Test
    void alignsOnRegionAndPeriodAndSkipsThinOrConstantPairs() {
        List<Observation> data = new ArrayList<>(series("x", 1, 2, 3, 4, 5));
        data.addAll(series("constant", 7, 7, 7, 7, 7));
        data.add(new Observation("sparse", "North", "2024-01", 1, "u", "t"));
        data.add(new Observation("sparse", "North", "2024-02", 2, "u", "t"));
        data.add(new Observation("sparse", "South", "2024-03", 3, "u", "t"));

        assertThat(PairwiseCorrelations.compute(data)).isEmpty();
    }

    @Test
    void perfectCorrelationHasZeroPValue() {
        assertThat(PairwiseCorrelations.pValue(1.0, 4)).isZero();
        assertThat(PairwiseCorrelations.pValue(-1.0, 4)).isZero();
    }
}

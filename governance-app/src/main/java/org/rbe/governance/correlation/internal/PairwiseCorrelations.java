package org.rbe.governance.correlation.internal;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.rbe.governance.correlation.Finding;
import org.rbe.governance.correlation.Observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pearson correlation of every pair of indicators, aligned on (region, period), with a two-sided
 * p-value from Student's t distribution with n-2 degrees of freedom. Pairs with fewer than
 * {@link #MIN_POINTS} aligned points, or where one side does not vary, are skipped.
 */
public final class PairwiseCorrelations {
    /** The fewest aligned points a pair needs to be tested. */
    public static final int MIN_POINTS = 3;

    private PairwiseCorrelations() {
    }

    /** Findings for every testable pair, indicators in alphabetical order (A before B). */
    public static List<Finding> compute(List<Observation> observations) {
        Map<String, Map<String, Double>> series = new TreeMap<>();
        for (Observation o : observations) {
            series.computeIfAbsent(o.indicator(), k -> new TreeMap<>()).put(o.region() + "\u0000" + o.period(), o.value());
        }
        List<String> names = new ArrayList<>(series.keySet());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Map<String, Double> a = series.get(names.get(i));
                Map<String, Double> b = series.get(names.get(j));
                List<double[]> points = new ArrayList<>();
                a.forEach((key, x) -> {
                    Double y = b.get(key);
                    if (y != null) {
                        points.add(new double[] {x, y});
                    }
                });
                if (points.size() < MIN_POINTS) {
                    continue;
                }
                double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
                double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
                double r = new PearsonsCorrelation().correlation(x, y);
                if (Double.isNaN(r)) {
                    continue;
                }
                findings.add(Finding.of(names.get(i), names.get(j), x.length, r, pValue(r, x.length)));
            }
        }
        return findings;
    }

    /** Two-sided p-value of Pearson's r over n points: t = r * sqrt((n-2)/(1-r^2)), df = n-2. */
    public static double pValue(double r, int n) {
        double df = n - 2;
        double rr = Math.min(1.0, Math.abs(r));
        if (rr >= 1.0) {
            return 0.0;
        }
        double t = rr * Math.sqrt(df / (1 - rr * rr));
        return 2 * new TDistribution(df).cumulativeProbability(-t);
    }
}

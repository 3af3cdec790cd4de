package org.rbe.governance.correlation;

/**
 * The Pearson correlation of two indicators over their aligned (region, period) points; a link is
 * significant when its two-sided p-value is below {@link #SIGNIFICANCE}.
 */
public record Finding(String indicatorA, String indicatorB, int n, double r, double pValue, boolean significant) {

    /** The constitutional significance threshold for publishing a correlation (§5.4). */
    public static final double SIGNIFICANCE = 0.01;

    /** A finding whose significance flag follows from its p-value. */
    public static Finding of(String indicatorA, String indicatorB, int n, double r, double pValue) {
        return new Finding(indicatorA, indicatorB, n, r, pValue, pValue < SIGNIFICANCE);
    }
}

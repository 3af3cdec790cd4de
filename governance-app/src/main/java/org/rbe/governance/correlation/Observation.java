package org.rbe.governance.correlation;

/** One measured value of an indicator in a region and period, with its unit and source. */
public record Observation(String indicator, String region, String period, double value, String unit,
                          String source) {
}

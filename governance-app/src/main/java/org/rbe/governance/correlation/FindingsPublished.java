package org.rbe.governance.correlation;

/** Published after the correlations of a dataset were computed and stored. */
public record FindingsPublished(long datasetId, int significantCount) {
}

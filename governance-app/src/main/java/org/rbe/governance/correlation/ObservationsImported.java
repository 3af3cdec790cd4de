package org.rbe.governance.correlation;

/** Published after a dataset of observations was validated and stored. */
public record ObservationsImported(long datasetId, String sha256, int rows) {
}

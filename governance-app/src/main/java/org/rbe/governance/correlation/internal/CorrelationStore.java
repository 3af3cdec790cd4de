package org.rbe.governance.correlation.internal;

import org.rbe.governance.correlation.DatasetSummary;
import org.rbe.governance.correlation.Finding;
import org.rbe.governance.correlation.Observation;

import java.util.List;
import java.util.Optional;

/** Persistence of datasets, their observations and findings (tables {@code cc_*}). */
public interface CorrelationStore {

    /** Stores a dataset with its rows and findings; returns the summary with the assigned id. */
    DatasetSummary save(DatasetSummary dataset, List<Observation> observations, List<Finding> findings);

    Optional<DatasetSummary> dataset(long id);

    /** Every dataset, newest first. */
    List<DatasetSummary> datasets();

    List<Observation> observations(long datasetId);

    List<Finding> findings(long datasetId);
}

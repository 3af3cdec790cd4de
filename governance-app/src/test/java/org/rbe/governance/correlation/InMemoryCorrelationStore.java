package org.rbe.governance.correlation;

import org.rbe.governance.correlation.internal.CorrelationStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link CorrelationStore} in memory, for service tests without a database. */
public class InMemoryCorrelationStore implements CorrelationStore {
    private final Map<Long, DatasetSummary> datasets = new HashMap<>();
    private final Map<Long, List<Observation>> observations = new HashMap<>();
    private final Map<Long, List<Finding>> findings = new HashMap<>();

    @Override
    public DatasetSummary save(DatasetSummary d, List<Observation> obs, List<Finding> found) {
        long id = datasets.size() + 1L;
        DatasetSummary saved = new DatasetSummary(id, d.fileName(), d.sha256(), d.rows(), d.indicators(),
                d.uploadedAt(), d.uploadedBy());
        datasets.put(id, saved);
        observations.put(id, List.copyOf(obs));
        findings.put(id, found.stream().sorted(Comparator.comparingDouble(Finding::pValue)).toList());
        return saved;
    }

    @Override
    public Optional<DatasetSummary> dataset(long id) {
        return Optional.ofNullable(datasets.get(id));
    }

    @Override
    public List<DatasetSummary> datasets() {
        List<DatasetSummary> all = new ArrayList<>(datasets.values());
        all.sort(Comparator.comparing(DatasetSummary::uploadedAt).thenComparing(DatasetSummary::id).reversed());
        return all;
    }

    @Override
    public List<Observation> observations(long datasetId) {
        return observations.getOrDefault(datasetId, List.of());
    }

    @Override
    public List<Finding> findings(long datasetId) {
        return findings.getOrDefault(datasetId, List.of());
    }

    public int size() {
        return datasets.size();
    }
}

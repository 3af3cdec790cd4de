package org.rbe.governance.correlation;

import org.rbe.governance.correlation.internal.CorrelationStore;
import org.rbe.governance.correlation.internal.ObservationCsv;
import org.rbe.governance.correlation.internal.PairwiseCorrelations;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * The Correlation Center (§5.4 steps 1-2): imports observation datasets, refuses forbidden factors,
 * computes pairwise correlations (significant when p &lt; 0.01) and publishes what it found.
 */
@Service
public class CorrelationCenter {
    private final CorrelationStore store;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    public CorrelationCenter(CorrelationStore store, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Validates and stores an uploaded CSV with its findings in one transaction, then announces
     * {@link ObservationsImported} and {@link FindingsPublished}. Throws {@link InvalidObservationsException}
     * (storing nothing) when the file is malformed, too small to correlate, or names a forbidden factor.
     * Only analysts may import: anyone else gets an {@link org.rbe.governance.security.AccessDeniedException}.
     */
    @Transactional
    public DatasetSummary importObservations(String fileName, byte[] csv, String uploadedBy) {
        currentUser.require(Role.ANALYST);
        List<Observation> observations = ObservationCsv.parse(csv);
        long indicators = observations.stream().map(Observation::indicator).distinct().count();
        if (indicators < 2) {
            throw new InvalidObservationsException("correlation.error.tooFewIndicators", String.valueOf(indicators));
        }
        List<Finding> findings = PairwiseCorrelations.compute(observations);
        if (findings.isEmpty()) {
            throw new InvalidObservationsException("correlation.error.tooFewPoints",
                    String.valueOf(PairwiseCorrelations.MIN_POINTS));
        }
        DatasetSummary saved = store.save(new DatasetSummary(0, fileName, sha256(csv), observations.size(),
                (int) indicators, clock.instant(), uploadedBy), observations, findings);
        events.publishEvent(new ObservationsImported(saved.id(), saved.sha256(), saved.rows()));
        events.publishEvent(new FindingsPublished(saved.id(),
                (int) findings.stream().filter(Finding::significant).count()));
        return saved;
    }

    /** The findings of a dataset, most significant first. */
    @Transactional(readOnly = true)
    public List<Finding> findings(long datasetId) {
        dataset(datasetId);
        return store.findings(datasetId);
    }

    @Transactional(readOnly = true)
    public DatasetSummary dataset(long id) {
        return store.dataset(id).orElseThrow(
                () -> new InvalidObservationsException("correlation.error.unknownDataset", String.valueOf(id)));
    }

    /** Every dataset, newest first. */
    @Transactional(readOnly = true)
    public List<DatasetSummary> datasets() {
        return store.datasets();
    }

    /** The observations of a dataset in upload order. */
    @Transactional(readOnly = true)
    public List<Observation> observations(long datasetId) {
        dataset(datasetId);
        return store.observations(datasetId);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

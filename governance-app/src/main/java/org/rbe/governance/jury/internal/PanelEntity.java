package org.rbe.governance.jury.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A drawn panel with everything needed to re-run its draw: seed, size, algorithm, exclusions and quotas. */
@Entity
@Table(name = "jury_panel")
public class PanelEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(nullable = false)
    private String purpose;
    @Column(nullable = false)
    private long seed;
    @Column(name = "panel_size", nullable = false)
    private int size;
    @Column(nullable = false)
    private String algorithm;
    @Column(name = "one_per_household", nullable = false)
    private boolean onePerHousehold;
    @Column(name = "pool_size", nullable = false)
    private int poolSize;
    @Column(name = "excluded_count", nullable = false)
    private int excludedCount;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "drawn_at", nullable = false)
    private Instant drawnAt;
    @ElementCollection
    @CollectionTable(name = "jury_panel_exclusion", joinColumns = @JoinColumn(name = "panel_id"))
    @Column(name = "citizen_id", nullable = false)
    private Set<Long> excluded = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "jury_quota", joinColumns = @JoinColumn(name = "panel_id"))
    @OrderColumn(name = "position_index")
    private List<QuotaBound> quotas = new ArrayList<>();

    protected PanelEntity() {
    }

    public PanelEntity(long caseId, String purpose, long seed, int size, boolean onePerHousehold, Set<Long> excluded,
                       int poolSize, StratifiedSelection.Result draw, Instant drawnAt) {
        this.caseId = caseId;
        this.purpose = purpose;
        this.seed = seed;
        this.size = size;
        this.algorithm = StratifiedSelection.ALGORITHM;
        this.onePerHousehold = onePerHousehold;
        this.excluded = new HashSet<>(excluded);
        this.excludedCount = excluded.size();
        this.poolSize = poolSize;
        this.attempts = draw.attempts();
        this.quotas = new ArrayList<>(draw.quotas().stream().map(QuotaBound::new).toList());
        this.drawnAt = drawnAt;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getPurpose() {
        return purpose;
    }

    public long getSeed() {
        return seed;
    }

    public int getSize() {
        return size;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public boolean isOnePerHousehold() {
        return onePerHousehold;
    }

    public int getExcludedCount() {
        return excludedCount;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }

    public Set<Long> getExcluded() {
        return Set.copyOf(excluded);
    }

    public List<Quota> getQuotas() {
        return quotas.stream().map(QuotaBound::toQuota).toList();
    }
}

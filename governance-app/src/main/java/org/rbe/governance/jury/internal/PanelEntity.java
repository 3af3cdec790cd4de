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
    @Column(name = "invited_count")
    private Integer invitedCount;
    @Column(name = "pool_sha256")
    private String poolSha256;
    @Column(name = "quotas_sha256")
    private String quotasSha256;
    @Column(name = "probabilities_sha256")
    private String probabilitiesSha256;
    @Column(name = "lottery_sha256")
    private String lotterySha256;
    @Column(name = "min_probability")
    private Double minProbability;
    @Column(name = "draw_seconds")
    private Double drawSeconds;
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

    /** A panel drawn in two stages (invitation lottery, then LEXIMIN or the LEGACY fallback). */
    public PanelEntity(long caseId, String purpose, long seed, int size, boolean onePerHousehold, Set<Long> excluded,
                       int poolSize, TwoStageDraw.Outcome draw, Instant drawnAt) {
        this(caseId, purpose, seed, size, onePerHousehold, excluded, poolSize,
                new StratifiedSelection.Result(draw.members(), draw.quotas(), draw.attempts()), drawnAt);
        this.algorithm = draw.algorithm();
        this.invitedCount = draw.invited();
        this.poolSha256 = draw.poolSha256();
        this.quotasSha256 = draw.quotasSha256();
        this.probabilitiesSha256 = draw.probabilitiesSha256();
        this.lotterySha256 = draw.lotterySha256();
        this.minProbability = draw.minimumProbability();
        this.drawSeconds = draw.seconds();
    }

    public Integer getInvitedCount() {
        return invitedCount;
    }

    public String getPoolSha256() {
        return poolSha256;
    }

    public String getQuotasSha256() {
        return quotasSha256;
    }

    public String getProbabilitiesSha256() {
        return probabilitiesSha256;
    }

    public String getLotterySha256() {
        return lotterySha256;
    }

    public Double getMinProbability() {
        return minProbability;
    }

    public Double getDrawSeconds() {
        return drawSeconds;
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

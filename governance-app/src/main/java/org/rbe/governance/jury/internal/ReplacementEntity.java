package org.rbe.governance.jury.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The record of who replaced whom on a panel and with which seed, so the replacement can be re-checked. */
@Entity
@Table(name = "jury_replacement")
public class ReplacementEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "panel_id", nullable = false)
    private long panelId;
    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;
    @Column(name = "declined_citizen_id", nullable = false)
    private long declinedCitizenId;
    @Column(name = "replacement_citizen_id", nullable = false)
    private long replacementCitizenId;
    @Column(nullable = false)
    private long seed;
    @Column(name = "broken_quotas", nullable = false)
    private int brokenQuotas;
    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected ReplacementEntity() {
    }

    public ReplacementEntity(long panelId, int sequenceNo, long declinedCitizenId, long replacementCitizenId,
                             long seed, int brokenQuotas, Instant replacedAt) {
        this.panelId = panelId;
        this.sequenceNo = sequenceNo;
        this.declinedCitizenId = declinedCitizenId;
        this.replacementCitizenId = replacementCitizenId;
        this.seed = seed;
        this.brokenQuotas = brokenQuotas;
        this.replacedAt = replacedAt;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getPanelId() {
        return panelId;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public long getDeclinedCitizenId() {
        return declinedCitizenId;
    }

    public long getReplacementCitizenId() {
        return replacementCitizenId;
    }

    public long getSeed() {
        return seed;
    }

    public int getBrokenQuotas() {
        return brokenQuotas;
    }
}

package org.rbe.governance.jury.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One citizen drawn onto a panel and where their invitation stands. */
@Entity
@Table(name = "jury_member")
public class MemberEntity {
    public static final String INVITED = "INVITED";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String DECLINED = "DECLINED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "panel_id", nullable = false)
    private long panelId;
    @Column(name = "citizen_id", nullable = false)
    private long citizenId;
    @Column(nullable = false)
    private String status;
    @Column(name = "replaced_citizen_id")
    private Long replacedCitizenId;
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;
    @Column(name = "responded_at")
    private Instant respondedAt;

    protected MemberEntity() {
    }

    public MemberEntity(long panelId, long citizenId, Long replacedCitizenId, Instant invitedAt) {
        this.panelId = panelId;
        this.citizenId = citizenId;
        this.replacedCitizenId = replacedCitizenId;
        this.invitedAt = invitedAt;
        this.status = INVITED;
    }

    public void respond(boolean accept, Instant at) {
        this.status = accept ? ACCEPTED : DECLINED;
        this.respondedAt = at;
    }

    public boolean isActive() {
        return !DECLINED.equals(status);
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

    public long getCitizenId() {
        return citizenId;
    }

    public String getStatus() {
        return status;
    }

    public Long getReplacedCitizenId() {
        return replacedCitizenId;
    }
}

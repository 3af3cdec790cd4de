package org.rbe.governance.jury.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The lottery a panel was drawn from (JSON: panels as counts per type with their probabilities). */
@Entity
@Table(name = "jury_panel_lottery")
public class LotteryEntity {
    @Id
    @Column(name = "panel_id")
    private Long panelId;
    @Column(name = "lottery_json", nullable = false, length = 8_000_000)
    private String lotteryJson;

    protected LotteryEntity() {
    }

    public LotteryEntity(long panelId, String lotteryJson) {
        this.panelId = panelId;
        this.lotteryJson = lotteryJson;
    }

    public Long getPanelId() {
        return panelId;
    }

    public String getLotteryJson() {
        return lotteryJson;
    }
}

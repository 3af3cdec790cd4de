package org.rbe.governance.decisions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.Stage;

@Entity
@Table(name = "decision_case")
class DecisionCaseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String title;
    String topic;
    String region;
    @Column(name = "dataset_id")
    long datasetId;
    @Column(name = "dataset_sha256")
    String datasetSha256;
    @Enumerated(EnumType.STRING)
    Stage stage;
    int round;
    @Column(name = "process_instance_id")
    String processInstanceId;
    @Column(name = "opened_by")
    String openedBy;
    @Column(name = "opened_at")
    Instant openedAt;
    String outcome;
    @Column(name = "winning_scenario_id")
    Long winningScenarioId;
    String summary;
    @Column(name = "published_by")
    String publishedBy;
    @Column(name = "published_at")
    Instant publishedAt;
    @Column(name = "observed_outcome")
    String observedOutcome;
    @Column(name = "closed_at")
    Instant closedAt;

    DecisionCaseView view() {
        return new DecisionCaseView(id, title, topic, region, datasetId, datasetSha256, stage, round, processInstanceId,
                openedBy, openedAt, outcome, winningScenarioId, summary, publishedBy, publishedAt, observedOutcome, closedAt);
    }
}

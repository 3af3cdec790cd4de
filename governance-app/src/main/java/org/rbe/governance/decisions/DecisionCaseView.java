package org.rbe.governance.decisions;

import java.time.Instant;

/** What anyone may know of a decision case. */
public record DecisionCaseView(long id, String title, String topic, String region, long datasetId, String datasetSha256,
                               Stage stage, int round, String processInstanceId, String openedBy, Instant openedAt,
                               String outcome, Long winningScenarioId, String summary, String publishedBy,
                               Instant publishedAt, String observedOutcome, Instant closedAt) {
}

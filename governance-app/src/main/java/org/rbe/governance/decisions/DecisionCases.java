package org.rbe.governance.decisions;

import java.util.List;

/** Opens decision cases, starts their cycle and keeps their record; the process moves them from stage to stage. */
public interface DecisionCases {

    /** Opens a case on an uploaded dataset and starts the decision cycle (analysts only). */
    DecisionCaseView open(String title, String topic, String region, long datasetId);

    /**
     * Opens a case that a citizens' initiative asked for and starts its cycle (clerks only): the case's timeline names
     * the initiative (by its case number {@code initiativeCase}, see {@code shared.CaseNumbers}) and links back to it.
     */
    DecisionCaseView openForInitiative(long initiativeCase, String title, String topic, String region, long datasetId);

    DecisionCaseView get(long caseId);

    /** All cases, newest first. */
    List<DecisionCaseView> all();

    List<CaseEvent> timeline(long caseId);

    /** Moves the case to {@code stage} and writes a timeline line (called by the process). */
    void advance(long caseId, Stage stage, String messageKey, Object... args);

    void recordSnapshot(long caseId, String datasetSha256);

    /** Starts a new round of scenarios; returns its number. */
    int nextRound(long caseId);

    void recordOutcome(long caseId, String outcome, Long winningScenarioId);

    void recordPublication(long caseId, String summary, String clerk);

    void close(long caseId, String observedOutcome);
}

package org.rbe.governance.initiatives;

/** One method per step of {@code citizen-initiative.bpmn}. */
public interface InitiativeSteps {
    /** Outcome of the clerk's step: a decision case was opened. */
    String CASE_OPENED = CitizenInitiative.CASE_OPENED;
    /** Outcome of the clerk's step: declined with a reason. */
    String DECLINED = CitizenInitiative.DECLINED;

    /**
     * Chooses the technocrat who analyses the initiative, by lot seeded with its case number (so anyone can re-run the
     * choice), never its proposer; returns their login.
     */
    String chooseAnalyst(long initiativeId);

    /** Records the analysis of {@code analyst}: an assessment (FEASIBLE, NEEDS_CHANGES, NOT_FEASIBLE) and its text. */
    void recordAnalysis(long initiativeId, String analyst, String assessment, String analysis);

    /**
     * The clerk's step: {@code choice} OPEN opens a decision case (title, topic, region, Correlation Center dataset
     * number), DECLINE declines with {@code reason}. Returns {@link #CASE_OPENED} or {@link #DECLINED}.
     */
    String conclude(long initiativeId, OpenCaseForm form);

    /** What the clerk filled in. */
    record OpenCaseForm(String choice, String title, String topic, String region, String datasetId, String reason) {
    }
}

package org.rbe.governance.decisions;

/** A decision case was opened on a dataset and its cycle started. */
public record CaseOpened(long caseId, long datasetId, String openedBy) {
}

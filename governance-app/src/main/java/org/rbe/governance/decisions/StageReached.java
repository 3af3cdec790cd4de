package org.rbe.governance.decisions;

/** A decision case moved to a stage. */
public record StageReached(long caseId, Stage stage) {
}

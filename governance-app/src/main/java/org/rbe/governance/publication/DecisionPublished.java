package org.rbe.governance.publication;

/** A decision entered the public register. */
public record DecisionPublished(long caseId, String documentId) {
}

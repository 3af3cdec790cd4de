package org.rbe.governance.minutes;

/** Published when the minutes of a decision case have been rendered and signed. */
public record MinutesSigned(long caseId, String documentId, String sha256) {
}

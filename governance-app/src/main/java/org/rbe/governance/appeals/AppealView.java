package org.rbe.governance.appeals;

import java.time.Instant;

/**
 * An appeal: {@code kind} is APPEAL (filed by the citizen) or ISOLATION_REVIEW (opened by the five-year due date);
 * {@code stage} is FILED, REFUSED, HEARING, VOTE or DECIDED; {@code outcome} is UPHELD, MODIFIED, LIFTED or
 * REFUSED_LATE once known.
 */
public record AppealView(long id, long caseNumber, long sanctionId, String kind, long appellantId, String appellantName,
                         String statement, Instant filedAt, String stage, boolean suspended, String outcome,
                         String decidedMeasure, String decisionRule, Instant decidedAt, String documentId,
                         String processInstanceId) {
    public static final String APPEAL = "APPEAL";
    public static final String ISOLATION_REVIEW = "ISOLATION_REVIEW";
    public static final String FILED = "FILED";
    public static final String REFUSED = "REFUSED";
    public static final String HEARING = "HEARING";
    public static final String VOTE = "VOTE";
    public static final String DECIDED = "DECIDED";
    public static final String UPHELD = "UPHELD";
    public static final String MODIFIED = "MODIFIED";
    public static final String LIFTED = "LIFTED";
    public static final String REFUSED_LATE = "REFUSED_LATE";
}

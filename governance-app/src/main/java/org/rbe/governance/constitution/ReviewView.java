package org.rbe.governance.constitution;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A constitutional review: {@code trigger} is DUE_DATE (the ten-year review, {@code dueDate} set), INITIATIVE or
 * ASSEMBLY (an extraordinary review the annual civic assembly voted to open);
 * {@code stage} is OPENED, REFUSED, PROPOSALS, EXPERT_REVIEW, ETHICS, VOTE or CLOSED.
 */
public record ReviewView(long id, long caseNumber, String trigger, LocalDate dueDate, Long initiativeId, String stage,
                         Instant openedAt, String openedBy, String processInstanceId, Long assemblyPanelId,
                         Instant voteDeadline, String outcome, String documentId, Instant concludedAt) {
    public static final String DUE_DATE = "DUE_DATE";
    public static final String INITIATIVE = "INITIATIVE";
    public static final String ASSEMBLY = "ASSEMBLY";
    public static final String OPENED = "OPENED";
    public static final String REFUSED = "REFUSED";
    public static final String PROPOSALS = "PROPOSALS";
    public static final String EXPERT_REVIEW = "EXPERT_REVIEW";
    public static final String ETHICS = "ETHICS";
    public static final String VOTE = "VOTE";
    public static final String CLOSED = "CLOSED";
}

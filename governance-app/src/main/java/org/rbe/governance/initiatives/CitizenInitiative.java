package org.rbe.governance.initiatives;

import java.time.Instant;
import org.rbe.governance.shared.CaseNumbers;

/**
 * A citizens' initiative as everyone sees it: what it proposes and why, how many support it against the number it
 * needs, the technocrat's analysis once done, and the decision case opened from it (or the clerk's reason to decline).
 * Who supports it is not shown; who proposed it is shown by citizen number only.
 */
public record CitizenInitiative(long id, String title, String proposal, String problem, long proposerId, String status,
                                int threshold, int supporters, Instant proposedAt, Instant expiresAt,
                                Instant thresholdAt, String processInstanceId, String analyst, String assessment,
                                String analysis, Instant analysedAt, String clerk, Long decisionCase,
                                String declineReason, Instant concludedAt) {
    /** Collecting supporters. */
    public static final String COLLECTING = "COLLECTING";
    /** Enough supporters: a technocrat analyses it. */
    public static final String ANALYSIS = "ANALYSIS";
    /** Analysed: a clerk opens a decision case from it or declines. */
    public static final String AWAITING_CASE = "AWAITING_CASE";
    public static final String CASE_OPENED = "CASE_OPENED";
    public static final String DECLINED = "DECLINED";
    /** Its proposer withdrew it while it collected supporters. */
    public static final String WITHDRAWN = "WITHDRAWN";
    /** The collection window closed before enough citizens supported it. */
    public static final String EXPIRED = "EXPIRED";

    public long caseNumber() {
        return CaseNumbers.initiative(id);
    }

    public String label() {
        return CaseNumbers.label(caseNumber());
    }

    public boolean collecting() {
        return COLLECTING.equals(status);
    }
}

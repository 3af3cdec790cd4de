package org.rbe.governance.oversight;

import java.time.Instant;
import org.rbe.governance.shared.CaseNumbers;

/**
 * A check of a published decision as everyone sees it: the decision, the concern raised (never who raised it), the
 * trio's panel, its vote, its finding with the reasons it wrote, and its minutes.
 */
public record OversightView(long id, long decisionCase, String concern, String stage, Instant requestedAt,
                            String processInstanceId, Long panelId, Long voteId, Instant voteDeadline, String finding,
                            String findingText, Integer votesSound, Integer votesFlawed, String documentId,
                            Instant concludedAt) {
    public static final String REQUESTED = "REQUESTED";
    public static final String REVIEW = "REVIEW";
    public static final String CONCLUDED = "CONCLUDED";
    /** The trio found the decision properly made. */
    public static final String SOUND = "SOUND";
    /** The trio found the decision flawed. */
    public static final String FLAWED = "FLAWED";
    /** No option had a majority of the ballots cast. */
    public static final String UNDECIDED = "UNDECIDED";
    /** Too few of the trio voted. */
    public static final String NO_QUORUM = "NO_QUORUM";

    public long caseNumber() {
        return CaseNumbers.oversight(id);
    }

    public String label() {
        return CaseNumbers.label(caseNumber());
    }
}

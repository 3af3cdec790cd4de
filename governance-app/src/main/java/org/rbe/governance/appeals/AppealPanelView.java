package org.rbe.governance.appeals;

import java.time.Instant;
import java.util.List;
import org.rbe.governance.jury.MemberView;

/**
 * One panel that sat on an appeal: the citizens drawn by the jury module (with the seed), the expert drawn beside
 * them (with theirs), the hearing date and the deadline to decide, the expert's advice, the measure proposed for the
 * "modify" option, and, when it was replaced for missing its deadline, why. {@code status} is SITTING, REPLACED or
 * DECIDED.
 */
public record AppealPanelView(long id, long appealId, int round, long juryPanelId, long citizenSeed, String expert,
                              long expertSeed, Instant drawnAt, Instant hearingAt, Instant decisionDeadline,
                              String status, Long voteId, int votesHeld, String advice, String adviceText,
                              Instant advisedAt, String proposedMeasure, String proposedBy, String replacedReason,
                              List<MemberView> members) {
    public static final String SITTING = "SITTING";
    public static final String REPLACED = "REPLACED";
    public static final String DECIDED = "DECIDED";
}

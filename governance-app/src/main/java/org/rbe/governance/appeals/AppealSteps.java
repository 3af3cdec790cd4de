package org.rbe.governance.appeals;

import org.rbe.governance.minutes.SignedMinutes;
import java.time.Instant;
import org.rbe.governance.draws.DrawAnnouncement;

/** One method per step of {@code sanction-appeal.bpmn}; each records the step on the appeal's timeline. */
public interface AppealSteps {
    /** ADMITTED when the appeal was filed within the deadline (or is a due review), LATE otherwise. */
    String checkFiling(long appealId);

    /** Records the refusal of a late appeal and tells the appellant why. */
    void refuseLate(long appealId);

    /** Suspends the measure while the appeal is pending when the sanction's level says filing suspends it. */
    void suspendMeasure(long appealId);

    /** Announces the draw of the panel of citizens and its expert: pools frozen, the source of the randomness named. */
    DrawAnnouncement announcePanel(long appealId);

    /** Draws 12 citizens (jury module) and 1 expert, excluding everyone involved; schedules hearing and deadline. */
    DrawnPanel drawPanel(long appealId, long announcementId, String publicValues);

    /** Records the expert's advice: UPHOLD, MODIFY (with a proposed measure) or LIFT, and the reasons. */
    void recordAdvice(long appealId, String expert, String recommendation, String reasons, String proposedMeasure);

    /** Holds the hearing: opens the panel's vote on uphold, modify (when a measure was proposed) and lift. */
    OpenedVote openVote(long appealId);

    /** Closes the vote and applies the decision rule: UPHELD, MODIFIED, LIFTED, UNDECIDED or PANEL_LATE. */
    String closeVote(long appealId);

    /** Replaces a panel that did not decide in time and tells the appellant why. */
    void replacePanel(long appealId);

    /** Applies the outcome to the sanction; true when an isolation measure stays in force. */
    boolean applyOutcome(long appealId);

    /** Records the review due date of an isolation measure that stays in force. */
    void scheduleIsolationReview(long appealId);

    /** Renders and signs the appeal's minutes. */
    SignedMinutes signMinutes(long appealId);

    /** Publishes the signed minutes in the register (the appellant by number only). */
    void publish(long appealId, SignedMinutes minutes);

    void notifyAppellant(long appealId);

    /**
     * A panel just drawn: its id, the id of its citizens' body ({@code panelId}), its expert's login, the hearing date
     * and the deadline to decide.
     */
    record DrawnPanel(long appealPanelId, long panelId, String expert, Instant hearingAt, Instant decisionDeadline) {
    }

    /** A vote just opened. */
    record OpenedVote(long voteId, Instant deadline) {
    }
}

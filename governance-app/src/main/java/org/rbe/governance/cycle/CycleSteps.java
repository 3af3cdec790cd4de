package org.rbe.governance.cycle;

import org.rbe.governance.minutes.SignedMinutes;
import java.time.Instant;
import java.util.List;
import org.rbe.governance.draws.DrawAnnouncement;

/** One method per step of the decision cycle; each asks the owning module to act and records the step on the case. */
public interface CycleSteps {
    /** Freezes the dataset (its SHA-256 goes on the case). */
    void snapshotData(long caseId, long datasetId);

    /** Generates a new round of 3-5 scenarios; returns the round number. */
    int generateScenarios(long caseId, long datasetId, String revisionNotes);

    /** Announces the draw of three technocrats for the round, excluding everyone with another role in the case. */
    DrawAnnouncement announceReviewers(long caseId, int round);

    /** Draws the three technocrats announced, with the seed the public values give (recorded); returns their logins. */
    List<String> drawReviewers(long caseId, int round, long announcementId, String publicValues);

    void recordReview(long caseId, int round, String reviewer, String decision, String notes);

    /** Returns "RETURNED" or "ACCEPTED" and, when returned, the experts' notes. */
    ReviewVerdict concludeReview(long caseId, int round);

    /** Returns how many scenarios of the round survived the ethics check. */
    int concludeEthics(long caseId, int round, String conclusion);

    /** Announces the jury's draw: its pool is everyone eligible without another role in this case. */
    DrawAnnouncement announceJury(long caseId);

    /** Draws the jury announced, with the seed the public values give; returns the panel id. */
    long drawJury(long caseId, long announcementId, String publicValues);

    /** Opens the vote on the surviving scenarios; returns the vote id and its deadline. */
    OpenedVote openVote(long caseId, long panelId, int round);

    /** Closes the vote; returns APPROVED, REWORK or NO_QUORUM. */
    String closeVote(long caseId, long voteId);

    /** The reasons the jurors gave for what must change, as notes for the next round; null when none were given. */
    String juryReasons(long voteId);

    /** Records the clerk's publication summary, then renders and signs the minutes of the jury of panel {@code panelId}. */
    SignedMinutes signMinutes(long caseId, long panelId, String summary, String clerk);

    /** Enters the decision, with its signed minutes, in the public register. */
    void publishToRegister(long caseId, long panelId, SignedMinutes minutes);

    void closeCycle(long caseId, String observedOutcome, String outcomeMet);

    /** The experts' verdict on a round. */
    record ReviewVerdict(String outcome, String notes) {
    }

    /** A vote just opened. */
    record OpenedVote(long voteId, Instant deadline) {
    }
}

package org.rbe.governance.constitution;

import org.rbe.governance.minutes.SignedMinutes;
import java.time.Instant;
import java.util.List;
import org.rbe.governance.draws.DrawAnnouncement;

/** One method per step of {@code constitutional-review.bpmn}; each records the step on the review's timeline. */
public interface ReviewSteps {
    /** ENOUGH when the initiative has the supporters the constitution asks for, TOO_FEW otherwise. */
    String countSupporters(long reviewId);

    void refuseInitiative(long reviewId);

    /** Announces the assembly's draw (1,000 or more, stratified): its pool is everyone but the staff and the involved. */
    DrawAnnouncement announceAssembly(long reviewId);

    /** Draws the assembly announced, with the seed the public values give; returns the panel id. */
    long drawAssembly(long reviewId, long announcementId, String publicValues);

    /** Closes the list of proposals; returns how many amendments were proposed. */
    int closeProposals(long reviewId, String clerk, String note);

    /** Announces the draw of three technocrats to review the amendments. */
    DrawAnnouncement announceReviewers(long reviewId);

    /** Draws the three technocrats announced; returns their logins. */
    List<String> drawReviewers(long reviewId, long announcementId, String publicValues);

    void recordReview(long reviewId, String reviewer, String decision, String notes);

    /** Publishes the experts' opinions and opens the ethics check. */
    void concludeExpertReview(long reviewId);

    /** Closes the ethics check; returns how many amendments were not vetoed. */
    int concludeEthics(long reviewId, String conclusion);

    /** Opens one assembly vote per amendment still standing; returns their common deadline. */
    Instant openVotes(long reviewId);

    /** Closes the votes and applies the rule to each amendment; returns how many were accepted. */
    int closeVotes(long reviewId);

    /** Records every accepted amendment as a new version of its parameter from its stated date. */
    void enactAmendments(long reviewId);

    /** Records the review's conclusion and signs its minutes. */
    SignedMinutes signMinutes(long reviewId);

    /** Publishes the signed minutes in the register. */
    void publish(long reviewId, SignedMinutes minutes);

    /** Closes the review; an ordinary review moves the due date of the next one. */
    void closeReview(long reviewId);
}

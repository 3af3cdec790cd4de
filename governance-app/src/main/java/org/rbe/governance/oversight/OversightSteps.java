package org.rbe.governance.oversight;

import java.time.Instant;
import org.rbe.governance.draws.DrawAnnouncement;
import org.rbe.governance.minutes.SignedMinutes;

/** One method per step of {@code civic-oversight.bpmn}. */
public interface OversightSteps {
    /** Announces the trio's draw: every citizen but the office holders and whoever took part in the decision. */
    DrawAnnouncement announceTrio(long checkId);

    /** Draws the trio with the public values entered; returns its panel. */
    long drawTrio(long checkId, long announcementId, String publicValues);

    /** The trio reads the decision and deliberates; its vote on the finding opens. Returns the vote's deadline. */
    Instant openFinding(long checkId);

    /** Closes the vote; returns the finding (SOUND, FLAWED, UNDECIDED or NO_QUORUM). */
    String closeFinding(long checkId);

    SignedMinutes signMinutes(long checkId);

    void publish(long checkId, SignedMinutes minutes);

    /** Closes the check and ledgers its finding. */
    void conclude(long checkId);
}

package org.rbe.governance.assembly;

import org.rbe.governance.minutes.SignedMinutes;
import org.rbe.governance.draws.DrawAnnouncement;

import java.time.Instant;

/** One method per step of {@code civic-assembly.bpmn}; each records the step on the assembly's timeline. */
public interface AssemblySteps {
    /** Announces the assembly's draw: its pool is every citizen without a staff role. */
    DrawAnnouncement announceAssembly(long assemblyId);

    /** Draws the assembly (the size in force on its due date, stratified, seeded) with the jury module. */
    long drawAssembly(long assemblyId, long announcementId, String publicValues);

    /** Opens the rating vote and the vote on an extraordinary review; returns their common deadline. */
    Instant openVotes(long assemblyId);

    /** Closes both votes; returns whether the assembly decided to open an extraordinary review. */
    boolean closeVotes(long assemblyId);

    /** Opens the extraordinary review the assembly voted for; returns its id. */
    long openReview(long assemblyId);

    /** Records the assembly's conclusion and signs its minutes. */
    SignedMinutes signMinutes(long assemblyId);

    /** Publishes the signed minutes in the register. */
    void publish(long assemblyId, SignedMinutes minutes);

    /** Closes the assembly; the next one falls due a year after this one's due date. */
    void closeAssembly(long assemblyId);
}

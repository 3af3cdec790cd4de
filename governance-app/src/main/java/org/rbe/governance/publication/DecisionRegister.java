package org.rbe.governance.publication;

import java.util.List;
import java.util.Optional;

/** Publishes decisions with their signed minutes and answers the public's questions about them. */
public interface DecisionRegister {
    /** Enters a decision in the register; a case is published once. */
    RegisterEntry publish(RegisterEntry entry, byte[] signedMinutesPdf);

    /** Entries whose title, topic, region or outcome contains {@code text} (all when blank), newest first. */
    List<RegisterEntry> search(String text);

    Optional<RegisterEntry> entry(long caseId);

    Optional<byte[]> minutesPdf(long caseId);
}

package org.rbe.governance.publication;

import java.util.List;
import java.util.Optional;

/** Publishes decisions with their signed minutes and answers the public's questions about them. */
public interface DecisionRegister {
    /** Enters a decision in the register; a case is published once. */
    RegisterEntry publish(RegisterEntry entry, byte[] signedMinutesPdf);

    /** Entries whose title, topic, region or outcome contains {@code text} (all when blank), newest first. */
    default List<RegisterEntry> search(String text) {
        return search(RegisterQuery.text(text));
    }

    /** Entries matching every part of the query, newest first. */
    List<RegisterEntry> search(RegisterQuery query);

    /** The {@code count} most recently published entries, newest first. */
    List<RegisterEntry> latest(int count);

    /** The topics, regions and outcome kinds that occur in the register, for filters. */
    RegisterFacets facets();

    Optional<RegisterEntry> entry(long caseId);

    Optional<byte[]> minutesPdf(long caseId);

    /** The entry whose published minutes have exactly this SHA-256 (hex, either case). */
    Optional<RegisterEntry> entryByMinutesSha256(String sha256);
}

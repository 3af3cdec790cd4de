package org.rbe.governance.publication;

import java.time.Instant;

/** A published decision as the public sees it (the minutes PDF is fetched separately). */
public record RegisterEntry(long caseId, String documentId, String title, String topic, String region, String outcome,
                           String summary, String publishedBy, Instant publishedAt, String minutesSha256,
                           boolean developmentKey) {
}

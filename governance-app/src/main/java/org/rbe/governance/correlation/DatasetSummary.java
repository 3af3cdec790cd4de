package org.rbe.governance.correlation;

import java.time.Instant;

/** An imported dataset as the Correlation Center recorded it; {@code sha256} fingerprints the raw upload. */
public record DatasetSummary(long id, String fileName, String sha256, int rows, int indicators,
                             Instant uploadedAt, String uploadedBy) {
}

package org.rbe.governance.constitution;

import java.time.LocalDate;

/** An accepted amendment was recorded: {@code parameterKey} takes {@code value} from {@code effectiveFrom}. */
public record ParametersAmended(long reviewId, long amendmentId, String parameterKey, String value,
                                LocalDate effectiveFrom) {
}

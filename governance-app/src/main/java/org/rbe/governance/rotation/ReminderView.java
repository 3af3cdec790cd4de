package org.rbe.governance.rotation;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder that a term ends soon. */
public record ReminderView(long id, long termId, String username, LocalDate endsOn, Instant createdAt) {
}

package org.rbe.governance.appeals;

import java.time.Instant;

/** A message of the hearing; {@code authorRole} is APPELLANT, PANELIST or EXPERT. */
public record AppealMessage(long id, long appealId, String author, String authorName, String authorRole, String body,
                            Instant postedAt) {
}

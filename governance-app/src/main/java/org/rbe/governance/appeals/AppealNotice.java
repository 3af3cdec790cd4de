package org.rbe.governance.appeals;

import java.time.Instant;

/** A notice to the appellant (refusal, a replaced panel and why, the decision), already in their language. */
public record AppealNotice(long id, long appealId, String text, Instant createdAt) {
}

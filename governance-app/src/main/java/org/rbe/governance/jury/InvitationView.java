package org.rbe.governance.jury;

import java.time.Instant;

/** An invitation to sit on a panel, as the invited citizen sees it. */
public record InvitationView(long panelId, long caseId, String purpose, String status, Instant drawnAt) {
}

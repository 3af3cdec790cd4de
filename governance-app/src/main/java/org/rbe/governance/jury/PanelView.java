package org.rbe.governance.jury;

import java.time.Instant;
import java.util.List;

/** A drawn panel as shown to people and other modules: how it was drawn and who is on it. */
public record PanelView(long id, long caseId, String purpose, long seed, int size, String algorithm, Instant drawnAt,
                        List<MemberView> members) {
}

package org.rbe.governance.proceedings;

import java.util.List;
import java.util.Map;
import org.rbe.governance.shared.Audited;

/**
 * A body's deliberation opened: its members seated at {@code tables} tables drawn at random. The ledger keeps the
 * SHA-256 of the seating (seed, then each member's table) so the clerks' record of it cannot be changed later, but
 * not the seating itself, which would say who sits with whom.
 */
public record DeliberationOpened(long panelId, long caseNumber, List<String> topics, int members, int tables,
                                 String seatingSha256, List<String> experts) implements Audited {
    @Override
    public String auditType() {
        return "DELIBERATION_OPENED";
    }

    @Override
    public String auditSubject() {
        return "case:" + caseNumber;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("panel", panelId, "topics", topics, "members", members, "tables", tables,
                "seatingSha256", seatingSha256, "experts", experts);
    }
}

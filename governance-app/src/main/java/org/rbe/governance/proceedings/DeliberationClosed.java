package org.rbe.governance.proceedings;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/**
 * A body's deliberation closed with its vote: what it produced, and the SHA-256 of the reasons members gave (in their
 * published order), which are public from now on.
 */
public record DeliberationClosed(long panelId, long caseNumber, int questions, int answered, int posts, int hidden,
                                 int tableSummaries, int reasons, String reasonsSha256) implements Audited {
    @Override
    public String auditType() {
        return "DELIBERATION_CLOSED";
    }

    @Override
    public String auditSubject() {
        return "case:" + caseNumber;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("panel", panelId, "questions", questions, "answered", answered, "posts", posts,
                "hidden", hidden, "tableSummaries", tableSummaries, "reasons", reasons, "reasonsSha256", reasonsSha256);
    }
}

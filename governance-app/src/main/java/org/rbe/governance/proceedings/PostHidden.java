package org.rbe.governance.proceedings;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/**
 * A clerk hid a post for a published reason; the tombstone and the reason stay visible. {@code authorCitizenId} (0 if
 * unknown) is for telling the author, never ledgered: the public record knows the post by its pseudonym only.
 */
public record PostHidden(long postId, long panelId, long caseNumber, String pseudonym, HideReason reason, String note,
                         String clerk, long authorCitizenId) implements Audited {
    @Override
    public String auditType() {
        return "POST_HIDDEN";
    }

    @Override
    public String auditSubject() {
        return "case:" + caseNumber;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("panel", panelId, "post", postId, "pseudonym", pseudonym, "reason", reason.name(),
                "note", note, "clerk", clerk);
    }
}

package org.rbe.governance.proceedings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rbe.governance.shared.Audited;

/** A member asked the experts a question, to be answered in public by {@code dueAt}; the asker is not named. */
public record QuestionAsked(long questionId, long panelId, long caseNumber, String topic, int table, String text,
                            Instant dueAt, List<String> experts) implements Audited {
    @Override
    public String auditType() {
        return "QUESTION_ASKED";
    }

    @Override
    public String auditSubject() {
        return "case:" + caseNumber;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("panel", panelId, "question", questionId, "topic", topic, "table", table, "text", text,
                "dueAt", dueAt.toString());
    }
}

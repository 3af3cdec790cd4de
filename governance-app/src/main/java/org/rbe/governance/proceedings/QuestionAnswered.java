package org.rbe.governance.proceedings;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** An expert answered a member's question in public. */
public record QuestionAnswered(long questionId, long panelId, long caseNumber, long askedBy, String expert,
                               String answer) implements Audited {
    @Override
    public String auditType() {
        return "QUESTION_ANSWERED";
    }

    @Override
    public String auditSubject() {
        return "case:" + caseNumber;
    }

    @Override
    public Map<String, ?> auditPayload() {
        // who asked stays out of the ledger: it is only for telling them
        return Audited.details("panel", panelId, "question", questionId, "expert", expert, "answer", answer);
    }
}

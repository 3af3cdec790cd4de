package org.rbe.governance.decisions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.rbe.governance.decisions.CaseEvent;
import org.rbe.governance.decisions.Stage;

@Entity
@Table(name = "decision_case_event")
class CaseEventEntity {
    private static final String SEPARATOR = "\u001f";
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "case_id")
    long caseId;
    Instant at;
    @Enumerated(EnumType.STRING)
    Stage stage;
    @Column(name = "message_key")
    String messageKey;
    String args;

    static CaseEventEntity of(Instant at, long caseId, Stage stage, String key, Object... args) {
        CaseEventEntity e = new CaseEventEntity();
        e.caseId = caseId;
        e.at = at;
        e.stage = stage;
        e.messageKey = key;
        e.args = String.join(SEPARATOR, Arrays.stream(args).map(String::valueOf).toList());
        return e;
    }

    CaseEvent view() {
        List<String> list = args.isEmpty() ? List.of() : List.of(args.split(SEPARATOR, -1));
        return new CaseEvent(at, stage, messageKey, list);
    }
}

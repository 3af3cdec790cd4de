package org.rbe.governance.draws;

import java.util.List;
import java.util.Map;
import org.rbe.governance.shared.Audited;

/** The public values of an announced draw were entered; the seed follows from them and the announcement's digest. */
public record DrawRandomnessRevealed(long announcementId, long caseNumber, String purpose, String digest,
                                     List<String> values, long seed, String enteredBy) implements Audited {
    public DrawRandomnessRevealed {
        values = List.copyOf(values);
    }

    @Override
    public String auditType() {
        return "DRAW_RANDOMNESS_REVEALED";
    }

    @Override
    public String auditSubject() {
        return "case:" + caseNumber;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("announcement", announcementId, "purpose", purpose, "digest", digest, "values", values,
                "seed", seed, "enteredBy", enteredBy);
    }
}

package org.rbe.governance.constitution;

import java.time.LocalDate;
import java.util.Map;
import org.rbe.governance.shared.Audited;

/** An accepted amendment was recorded: {@code parameterKey} takes {@code value} from {@code effectiveFrom}. */
public record ParametersAmended(long reviewId, long amendmentId, String parameterKey, String value,
                                LocalDate effectiveFrom) implements Audited {
    @Override
    public String auditType() {
        return "CONSTITUTION_AMENDED";
    }

    @Override
    public String auditSubject() {
        return "parameter:" + parameterKey;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("reviewId", reviewId, "amendmentId", amendmentId, "value", value, "effectiveFrom", String.valueOf(effectiveFrom));
    }
}

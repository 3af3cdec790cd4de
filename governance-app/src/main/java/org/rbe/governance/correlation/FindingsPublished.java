package org.rbe.governance.correlation;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** Published after the correlations of a dataset were computed and stored. */
public record FindingsPublished(long datasetId, int significantCount) implements Audited {
    @Override
    public String auditType() {
        return "FINDINGS_PUBLISHED";
    }

    @Override
    public String auditSubject() {
        return "dataset:" + datasetId;
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("significantCount", significantCount);
    }
}

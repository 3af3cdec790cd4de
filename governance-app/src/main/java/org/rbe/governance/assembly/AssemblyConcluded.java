package org.rbe.governance.assembly;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rbe.governance.shared.Audited;

/** An annual civic assembly closed: its rating, whether it opened an extraordinary review, its signed minutes. */
public record AssemblyConcluded(long assemblyId, double averageRating, int ratings, boolean opensReview, Long reviewId,
                                String documentId) implements Audited {
    @Override
    public String auditType() {
        return "CIVIC_ASSEMBLY_CONCLUDED";
    }

    @Override
    public String auditSubject() {
        return "civic-assembly:" + assemblyId;
    }

    @Override
    public Map<String, ?> auditPayload() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("averageRating", averageRating);
        payload.put("ratings", ratings);
        payload.put("opensReview", opensReview);
        payload.put("reviewId", reviewId == null ? "" : reviewId);
        payload.put("documentId", documentId == null ? "" : documentId);
        return payload;
    }
}

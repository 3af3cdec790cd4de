package org.rbe.governance.draws;

import java.util.Map;
import org.rbe.governance.shared.Audited;

/** A draw was announced: its pool frozen and the source of its randomness named, before the value is known. */
public record DrawAnnounced(long announcementId, DrawAnnouncement.Terms terms, String digest) implements Audited {
    @Override
    public String auditType() {
        return "DRAW_ANNOUNCED";
    }

    @Override
    public String auditSubject() {
        return "case:" + terms.caseNumber();
    }

    @Override
    public Map<String, ?> auditPayload() {
        return Audited.details("announcement", announcementId, "purpose", terms.purpose(), "poolSha256",
                terms.poolSha256(), "expertsSha256", terms.expertsSha256(), "poolSize", terms.poolSize(), "size", terms.size(), "algorithm", terms.algorithm(),
                "source", terms.source(), "announcedAt", terms.announcedAt().toString(), "revealAt",
                terms.revealAt().toString(), "digest", digest, "format", AnnouncedSeed.FORMAT);
    }
}

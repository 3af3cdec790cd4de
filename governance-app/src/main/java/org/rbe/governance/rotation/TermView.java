package org.rbe.governance.rotation;

import java.time.LocalDate;

/**
 * A term of office: who holds it and from when to when. {@code status} is ACTIVE or ENDED; HANDOVER for a term that is
 * over while its holder stays in office until a successor accepts; INVITED for a successor drawn who has not answered
 * yet (the dates are those the term would have), DECLINED for one who declined (someone else was drawn instead).
 */
public record TermView(long id, Office office, String username, long citizenId, LocalDate startsOn, LocalDate endsOn,
                       String status, Long rotationId, Long successorOf, LocalDate remindedOn) {
    public static final String ACTIVE = "ACTIVE";
    public static final String ENDED = "ENDED";
    public static final String HANDOVER = "HANDOVER";
    public static final String INVITED = "INVITED";
    public static final String DECLINED = "DECLINED";
}

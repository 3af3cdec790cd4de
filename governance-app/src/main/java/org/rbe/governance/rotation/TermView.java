package org.rbe.governance.rotation;

import java.time.LocalDate;

/** A term of office: who holds it and from when to when; {@code status} is ACTIVE or ENDED. */
public record TermView(long id, Office office, String username, long citizenId, LocalDate startsOn, LocalDate endsOn,
                       String status, Long rotationId, Long successorOf, LocalDate remindedOn) {
    public static final String ACTIVE = "ACTIVE";
    public static final String ENDED = "ENDED";
}

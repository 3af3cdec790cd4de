package org.rbe.governance.constitution;

import java.time.Instant;

/**
 * A citizens' initiative for an extraordinary review: {@code status} is COLLECTING, SUBMITTED, REFUSED (too few
 * supporters) or OPENED; {@code needed} is the support the constitution asks for today.
 */
public record InitiativeView(long id, String title, String proposal, String initiator, String status,
                             Instant startedAt, Instant submittedAt, int supporters, int needed, Long reviewId) {
    public static final String COLLECTING = "COLLECTING";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String REFUSED = "REFUSED";
    public static final String OPENED = "OPENED";
}

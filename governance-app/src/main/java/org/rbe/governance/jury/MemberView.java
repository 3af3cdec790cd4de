package org.rbe.governance.jury;

/**
 * A panel member with the attributes the draw stratified on; {@code status} is INVITED, ACCEPTED or
 * DECLINED and {@code replacedCitizenId} names the decliner this member replaced, if any.
 */
public record MemberView(long citizenId, String username, String fullName, String region, String ageBand,
                         String gender, String education, String status, Long replacedCitizenId) {
}

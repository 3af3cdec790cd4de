package org.rbe.governance.conflicts;

import org.rbe.governance.shared.UserFacingException;

/** Someone would hold two roles in the same case. */
public class ConflictOfInterestException extends UserFacingException {
    public ConflictOfInterestException(long citizenId, String heldRole, String wantedRole) {
        super("conflicts.error.twoRoles", citizenId, heldRole, wantedRole);
    }

    /** A role was taken by someone who, at the same moment, took another role in the case. */
    public ConflictOfInterestException(String wantedRole) {
        super("conflicts.error.raced", wantedRole);
    }
}

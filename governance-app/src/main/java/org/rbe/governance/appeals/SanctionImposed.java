package org.rbe.governance.appeals;

/** An administrator recorded a sanction. */
public record SanctionImposed(long sanctionId, long citizenId, int level, String imposedBy) {
}

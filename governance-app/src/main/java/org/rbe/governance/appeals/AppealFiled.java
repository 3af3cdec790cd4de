package org.rbe.governance.appeals;

/** A citizen appealed a sanction (or its five-year review opened). */
public record AppealFiled(long appealId, long sanctionId, long appellantId, String kind) {
}

package org.rbe.governance.jury;

/** Announces that a member declined and who was drawn in their place. */
public record JurorReplaced(long panelId, long declinedCitizenId, long replacementCitizenId) {
}

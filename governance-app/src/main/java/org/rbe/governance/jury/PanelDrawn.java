package org.rbe.governance.jury;

/** Announces that a panel was drawn for a case, with the seed anyone can use to re-run the draw. */
public record PanelDrawn(long panelId, long caseId, long seed, int size) {
}

package org.rbe.governance.jury;

/**
 * Announces that a panel was drawn for a case, with the seed anyone can use to re-run the draw and the digests of its
 * inputs: the eligible pool as published ({@code pool.csv}), the quotas, the lottery (null for a LEGACY draw).
 */
public record PanelDrawn(long panelId, long caseId, long seed, int size, String algorithm, String poolFileSha256,
                         String quotasSha256, String lotterySha256) {
}

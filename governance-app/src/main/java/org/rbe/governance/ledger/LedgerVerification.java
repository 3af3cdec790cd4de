package org.rbe.governance.ledger;

/**
 * The outcome of re-computing the chain: OK with the number of entries and the head hash, or the first bad entry
 * ({@code badSeq}) and what is wrong with it.
 */
public record LedgerVerification(boolean ok, long entries, String headHash, Long badSeq, String problem) {
    /** {@code OK <entries> <head hash>} or {@code BROKEN at entry <seq>: <problem>}. */
    public String line() {
        return ok ? "OK " + entries + " " + headHash : "BROKEN at entry " + badSeq + ": " + problem;
    }
}

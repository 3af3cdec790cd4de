package org.rbe.governance.ledger;

/** The last entry of the ledger: how many entries it holds and the hash of the last one (the minutes print it). */
public record LedgerHead(long entries, String hash) {
}

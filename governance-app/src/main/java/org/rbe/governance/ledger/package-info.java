/**
 * The audit ledger: an append-only, hash-chained log of every legitimacy-relevant event (data imported, case opened,
 * scenarios, review, veto, panel drawn with its seed, vote opened, each ballot receipt, roll frozen, tally with its
 * Merkle root, vote closed, minutes signed, decision published, configuration and role changes, and any event that
 * implements {@link org.rbe.governance.shared.Audited}).
 *
 * <p>Entry {@code n} carries {@code hash = SHA-256("ledger-v1\n" + n + "\n" + epochMillis + "\n" + type + "\n" + subject
 * + "\n" + previousHash + "\n" + payload)} (UTF-8; type and subject never contain a line break; the first entry's
 * previous hash is 64 zeros), see {@link org.rbe.governance.ledger.LedgerChain}. Entries are appended in the same
 * transaction as the event they record, just before it commits, under a lock on the single {@code ledger_head} row, so
 * the chain is gap-free and in commit order. {@code java -jar governance-app.jar ledger-verify [--db URL | --file
 * ledger.jsonl]} re-computes the chain and names the first entry that was changed, inserted, removed or moved; the
 * head hash printed in the minutes and the public JSON-lines export ({@code /public/ledger.jsonl}) let anyone check it
 * independently.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit ledger")
package org.rbe.governance.ledger;

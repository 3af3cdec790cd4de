package org.rbe.governance.voting;

/**
 * Announces a ballot's receipt as it is stored (a re-vote gives a new one). Names no voter and no option: the ledger
 * records it so that no receipt can later be slipped in or taken out unnoticed.
 */
public record ReceiptRecorded(long voteId, String receipt) {
}

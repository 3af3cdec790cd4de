package org.rbe.governance.voting;

import java.util.List;

/**
 * Proof that a receipt is one of the counted ballots of a closed vote: its leaf index in the Merkle tree of the
 * vote's final receipts, the tree size, the audit path (RFC 6962) and the published root.
 */
public record InclusionProof(long voteId, String receipt, long leafIndex, long treeSize, List<String> auditPath,
                             String root) {
    public InclusionProof {
        auditPath = List.copyOf(auditPath);
    }

    /** Whether the path leads from the receipt to the root; check the root against the signed minutes too. */
    public boolean verifies() {
        return MerkleTree.verify(receipt, leafIndex, treeSize, auditPath, root);
    }

    /** Whether the proof verifies against {@code expectedRoot} (e.g. the root printed in the minutes). */
    public boolean verifiesAgainst(String expectedRoot) {
        return expectedRoot != null && expectedRoot.equalsIgnoreCase(root) && verifies();
    }
}

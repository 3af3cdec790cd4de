package org.rbe.governance.voting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The Merkle tree of RFC 6962 (Certificate Transparency, section 2.1) over ballot receipts: a leaf is
 * {@code SHA-256(0x00 || receipt bytes)}, an inner node {@code SHA-256(0x01 || left || right)}, the split at the largest
 * power of two below the size; the empty tree's root is {@code SHA-256("")}. Leaves are the final receipts of a vote in
 * ascending hex order, so the tree says nothing about when anyone voted. Pure, for the service, the public page and the
 * {@code receipt-verify} command alike.
 */
public final class MerkleTree {
    private static final HexFormat HEX = HexFormat.of();

    private MerkleTree() {
    }

    /** Root of the tree over {@code receipts} (64-hex-digit SHA-256 values, in leaf order). */
    public static String root(List<String> receipts) {
        if (receipts.isEmpty()) {
            return HEX.formatHex(digest().digest());
        }
        return HEX.formatHex(subtree(leafHashes(receipts), 0, receipts.size()));
    }

    /** The audit path of leaf {@code index} (RFC 6962 PATH(m, D[n])), nearest sibling first. */
    public static List<String> auditPath(List<String> receipts, int index) {
        if (index < 0 || index >= receipts.size()) {
            throw new IllegalArgumentException("No leaf " + index + " in a tree of " + receipts.size());
        }
        List<String> path = new ArrayList<>();
        path(leafHashes(receipts), index, 0, receipts.size(), path);
        return path;
    }

    /**
     * Checks that {@code receipt} is leaf {@code index} of a tree of {@code size} leaves with root {@code root}
     * (the algorithm of RFC 9162, section 2.1.3.2).
     */
    public static boolean verify(String receipt, long index, long size, List<String> path, String root) {
        try {
            if (index < 0 || index >= size || receipt == null || root == null || path == null) {
                return false;
            }
            long fn = index;
            long sn = size - 1;
            byte[] r = leaf(HEX.parseHex(receipt.toLowerCase(Locale.ROOT)));
            for (String sibling : path) {
                byte[] p = HEX.parseHex(sibling.toLowerCase(Locale.ROOT));
                if (sn == 0 || p.length != 32) {
                    return false;
                }
                if ((fn & 1) == 1 || fn == sn) {
                    r = node(p, r);
                    if ((fn & 1) == 0) {
                        while ((fn & 1) == 0 && fn != 0) {
                            fn >>= 1;
                            sn >>= 1;
                        }
                    }
                } else {
                    r = node(r, p);
                }
                fn >>= 1;
                sn >>= 1;
            }
            return sn == 0 && HEX.formatHex(r).equalsIgnoreCase(root);
        } catch (IllegalArgumentException notHex) {
            return false;
        }
    }

    /** {@code SHA-256(0x00 || data)}. */
    public static byte[] leaf(byte[] data) {
        MessageDigest d = digest();
        d.update((byte) 0x00);
        return d.digest(data);
    }

    /** {@code SHA-256(0x01 || left || right)}. */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest d = digest();
        d.update((byte) 0x01);
        d.update(left);
        return d.digest(right);
    }

    private static byte[][] leafHashes(List<String> receipts) {
        byte[][] leaves = new byte[receipts.size()][];
        for (int i = 0; i < leaves.length; i++) {
            byte[] data = HEX.parseHex(receipts.get(i).toLowerCase(Locale.ROOT));
            if (data.length != 32) {
                throw new IllegalArgumentException("A receipt is a SHA-256 value (64 hex digits): " + receipts.get(i));
            }
            leaves[i] = leaf(data);
        }
        return leaves;
    }

    private static byte[] subtree(byte[][] leaves, int from, int to) {
        if (to - from == 1) {
            return leaves[from];
        }
        int k = split(to - from);
        return node(subtree(leaves, from, from + k), subtree(leaves, from + k, to));
    }

    private static void path(byte[][] leaves, int m, int from, int to, List<String> out) {
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(leaves, m, from, from + k, out);
            out.add(HEX.formatHex(subtree(leaves, from + k, to)));
        } else {
            path(leaves, m - k, from + k, to, out);
            out.add(HEX.formatHex(subtree(leaves, from, from + k)));
        }
    }

    /** The largest power of two smaller than {@code n} (n > 1). */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

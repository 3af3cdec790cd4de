package org.rbe.governance.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTests {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void theEmptyTreeAndASingleLeafFollowRfc6962() throws Exception {
        assertThat(MerkleTree.root(List.of())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        String receipt = sha("a receipt");
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(concat(new byte[] {0}, HEX.parseHex(receipt)));
        assertThat(MerkleTree.root(List.of(receipt))).isEqualTo(HEX.formatHex(expected));
        assertThat(MerkleTree.auditPath(List.of(receipt), 0)).isEmpty();
        assertThat(MerkleTree.verify(receipt, 0, 1, List.of(), HEX.formatHex(expected))).isTrue();
    }

    @Test
    void everyLeafOfEveryTreeUpToSeventyLeavesProvesAgainstAnIndependentlyComputedRoot() throws Exception {
        for (int n = 1; n <= 70; n++) {
            List<String> receipts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                receipts.add(sha("receipt " + i));
            }
            String root = HEX.formatHex(reference(receipts.stream().map(HEX::parseHex).toList()));
            assertThat(MerkleTree.root(receipts)).as("root of %d", n).isEqualTo(root);
            for (int i = 0; i < n; i++) {
                List<String> path = MerkleTree.auditPath(receipts, i);
                assertThat(MerkleTree.verify(receipts.get(i), i, n, path, root)).as("leaf %d of %d", i, n).isTrue();
                assertThat(MerkleTree.verify(receipts.get(i), (i + 1) % n, n, path, root) && n > 1).isFalse();
                assertThat(MerkleTree.verify(sha("forged"), i, n, path, root)).isFalse();
                if (!path.isEmpty()) {
                    List<String> bent = new ArrayList<>(path);
                    bent.set(0, sha("bent"));
                    assertThat(MerkleTree.verify(receipts.get(i), i, n, bent, root)).isFalse();
                    assertThat(MerkleTree.verify(receipts.get(i), i, n, path.subList(0, path.size() - 1), root)).isFalse();
                }
            }
        }
    }

    @Test
    void malformedInputIsRefusedNotThrown() throws Exception {
        assertThat(MerkleTree.verify("zz", 0, 1, List.of(), sha("x"))).isFalse();
        assertThat(MerkleTree.verify(sha("x"), 1, 1, List.of(), sha("x"))).isFalse();
        assertThat(MerkleTree.verify(sha("x"), -1, 1, List.of(), sha("x"))).isFalse();
    }

    /** MTH straight from RFC 6962, section 2.1, on raw leaf data. */
    private static byte[] reference(List<byte[]> d) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        if (d.size() == 1) {
            return sha.digest(concat(new byte[] {0}, d.get(0)));
        }
        int k = 1;
        while (k * 2 < d.size()) {
            k *= 2;
        }
        return sha.digest(concat(new byte[] {1}, concat(reference(d.subList(0, k)), reference(d.subList(k, d.size())))));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static String sha(String s) throws Exception {
        return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}

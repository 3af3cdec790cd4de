package org.rbe.governance.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.voting.MerkleTree;

/** The receipt-verify command: a counted receipt passes against the root of the minutes; anything else fails. */
class ReceiptVerifyModeTests {
    private final List<String> receipts = new ArrayList<>();

    ReceiptVerifyModeTests() {
        for (int i = 0; i < 11; i++) {
            receipts.add(Receipts.receipt(5, "opt" + i, "nonce" + i));
        }
        receipts.sort(String::compareTo);
    }

    @Test
    void aCountedReceiptVerifiesFromTheCommandLineAndFromAProofFile(@TempDir Path dir) throws Exception {
        String root = MerkleTree.root(receipts);
        List<String> path = MerkleTree.auditPath(receipts, 6);
        assertThat(cli("--receipt", receipts.get(6), "--index", "6", "--size", "11", "--path", String.join(",", path),
                "--root", root)).startsWith("0 OK receipt " + receipts.get(6) + " is leaf 6 of 11 under root " + root);
        Path proof = dir.resolve("proof.json");
        Files.writeString(proof, "{\"voteId\":5,\"receipt\":\"" + receipts.get(6) + "\",\"leafIndex\":6,\"treeSize\":11,"
                + "\"auditPath\":[\"" + String.join("\",\"", path) + "\"],\"root\":\"" + root + "\"}");
        assertThat(cli("--proof", proof.toString(), "--root", root)).startsWith("0 OK");
        assertThat(cli("--proof", proof.toString())).startsWith("0 OK").contains("Compare this root");
    }

    @Test
    void anUncountedReceiptAWrongRootOrABentPathFail(@TempDir Path dir) throws Exception {
        String root = MerkleTree.root(receipts);
        List<String> path = MerkleTree.auditPath(receipts, 3);
        String other = Receipts.receipt(5, "not counted", "x");
        assertThat(cli("--receipt", other, "--index", "3", "--size", "11", "--path", String.join(",", path), "--root", root))
                .startsWith("1 NOT COUNTED");
        Path proof = dir.resolve("proof.json");
        Files.writeString(proof, "{\"receipt\":\"" + receipts.get(3) + "\",\"leafIndex\":3,\"treeSize\":11,\"auditPath\":[\""
                + String.join("\",\"", path) + "\"],\"root\":\"" + root + "\"}");
        assertThat(cli("--proof", proof.toString(), "--root", MerkleTree.root(receipts.subList(0, 10))))
                .startsWith("1 NOT COUNTED: the proof leads to root");
        assertThat(cli("--receipt", receipts.get(3), "--index", "4", "--size", "11", "--path", String.join(",", path),
                "--root", root)).startsWith("1 NOT COUNTED");
        assertThat(cli("--index")).startsWith("2 ");
        assertThat(cli("--what", "x")).startsWith("2 ");
        assertThat(cli("--proof", dir.resolve("missing.json").toString())).startsWith("2 ");
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new ReceiptVerifyMode().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return code + " " + out.toString(StandardCharsets.UTF_8).trim();
    }
}

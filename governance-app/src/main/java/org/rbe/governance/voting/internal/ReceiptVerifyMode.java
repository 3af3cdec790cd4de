package org.rbe.governance.voting.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rbe.governance.shared.CommandLineMode;
import org.rbe.governance.voting.MerkleTree;

/**
 * {@code receipt-verify}: checks a ballot receipt's inclusion proof offline, the application not started. The proof
 * comes from a file (as served by {@code /api/public/votes/{vote}/proofs/{receipt}}), from a running server, or from
 * the command line; {@code --root} is the root printed in the signed minutes. Exit 0 when the receipt is a leaf under
 * that root, 1 when not, 2 on a usage or network error.
 */
public class ReceiptVerifyMode implements CommandLineMode {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "receipt-verify";
    }

    @Override
    public String usage() {
        return "receipt-verify (--proof FILE | --url BASE --vote N --receipt R | --receipt R --index I --size N --path H1,H2,..)"
                + " [--root ROOT-FROM-THE-MINUTES]    check that a ballot receipt was counted";
    }

    @Override
    public int run(String[] args) {
        return run(args, System.out, System.err);
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        String proofFile = null;
        String url = null;
        String vote = null;
        String receipt = null;
        String index = null;
        String size = null;
        String path = null;
        String root = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                err.println("Missing value after " + args[i] + ". Usage: java -jar governance-app.jar " + usage());
                return 2;
            }
            switch (args[i]) {
                case "--proof" -> proofFile = value;
                case "--url" -> url = value;
                case "--vote" -> vote = value;
                case "--receipt" -> receipt = value;
                case "--index" -> index = value;
                case "--size" -> size = value;
                case "--path" -> path = value;
                case "--root" -> root = value;
                default -> {
                    err.println("Unknown argument " + args[i] + ". Usage: java -jar governance-app.jar " + usage());
                    return 2;
                }
            }
        }
        try {
            JsonNode proof;
            if (proofFile != null) {
                proof = JSON.readTree(Files.readString(Path.of(proofFile), StandardCharsets.UTF_8));
            } else if (url != null && vote != null && receipt != null) {
                HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                        HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/api/public/votes/"
                                + URLEncoder.encode(vote, StandardCharsets.UTF_8) + "/proofs/"
                                + URLEncoder.encode(receipt, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 404) {
                    err.println("NOT COUNTED: the server has no proof for receipt " + receipt + " in vote " + vote + ": "
                            + response.body());
                    return 1;
                }
                if (response.statusCode() != 200) {
                    err.println("The server answered " + response.statusCode() + ": " + response.body());
                    return 2;
                }
                proof = JSON.readTree(response.body());
            } else if (receipt != null && index != null && size != null && root != null) {
                proof = JSON.createObjectNode().put("receipt", receipt).put("leafIndex", Long.parseLong(index))
                        .put("treeSize", Long.parseLong(size)).put("root", root)
                        .set("auditPath", JSON.valueToTree(path == null || path.isBlank() ? List.of()
                                : Arrays.asList(path.split(","))));
            } else {
                err.println("Usage: java -jar governance-app.jar " + usage());
                return 2;
            }
            return check(proof, root, receipt, out, err);
        } catch (IOException | IllegalArgumentException e) {
            err.println("Cannot read the proof: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    private static int check(JsonNode proof, String expectedRoot, String expectedReceipt, PrintStream out, PrintStream err) {
        String receipt = proof.path("receipt").asText();
        long index = proof.path("leafIndex").asLong(-1);
        long size = proof.path("treeSize").asLong(0);
        String root = proof.path("root").asText();
        List<String> path = new ArrayList<>();
        proof.path("auditPath").forEach(n -> path.add(n.asText()));
        if (expectedReceipt != null && !expectedReceipt.equalsIgnoreCase(receipt)) {
            err.println("NOT COUNTED: the proof is for receipt " + receipt + ", not " + expectedReceipt);
            return 1;
        }
        if (expectedRoot != null && !expectedRoot.equalsIgnoreCase(root)) {
            err.println("NOT COUNTED: the proof leads to root " + root + ", not to " + expectedRoot + " (the root of the minutes)");
            return 1;
        }
        if (!MerkleTree.verify(receipt, index, size, path, root)) {
            err.println("NOT COUNTED: the audit path does not lead from receipt " + receipt + " to root " + root);
            return 1;
        }
        out.println("OK receipt " + receipt + " is leaf " + index + " of " + size + " under root " + root);
        if (expectedRoot == null) {
            out.println("Compare this root with the one printed in the signed minutes (or pass it with --root).");
        }
        return 0;
    }
}

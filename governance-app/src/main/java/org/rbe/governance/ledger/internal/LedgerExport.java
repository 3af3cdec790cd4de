package org.rbe.governance.ledger.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerHead;
import org.rbe.governance.ledger.LedgerVerification;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public, no login: the whole ledger as JSON lines, and its head. */
@RestController
class LedgerExport {
    private final AuditLedger ledger;
    private final HeadTimestamping timestamps;

    LedgerExport(AuditLedger ledger, HeadTimestamping timestamps) {
        this.ledger = ledger;
        this.timestamps = timestamps;
    }

    /**
     * The RFC 3161 countersignatures of the head: each token (DER, base64) is over SHA-256 of {@code headHash} as text;
     * e.g. {@code openssl ts -verify -token_in -in token.der -digest <that SHA-256> -CAfile tsa.pem}.
     */
    @GetMapping(value = "/public/ledger/timestamps", produces = MediaType.APPLICATION_JSON_VALUE)
    java.util.List<HeadTimestamping.Stamp> timestamps() {
        return timestamps.all();
    }

    /** Every entry, one JSON object per line, ascending; verify with {@code ledger-verify --file}. */
    @GetMapping(value = "/public/ledger.jsonl", produces = "application/jsonl")
    void jsonLines(HttpServletResponse response) throws IOException {
        response.setContentType("application/jsonl; charset=utf-8");
        response.setHeader("Content-Disposition", "inline; filename=\"ledger.jsonl\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        ledger.export(writer);
        writer.flush();
    }

    /** The head: number of entries and the last hash. */
    @GetMapping(value = "/public/ledger/head", produces = MediaType.APPLICATION_JSON_VALUE)
    LedgerHead head() {
        return ledger.head();
    }

    /** Re-computes the chain on the server. */
    @GetMapping(value = "/public/ledger/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    LedgerVerification verify() {
        return ledger.verify();
    }
}

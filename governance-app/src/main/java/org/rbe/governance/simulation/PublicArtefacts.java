package org.rbe.governance.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rbe.governance.jury.DrawArchive;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.minutes.RegisterCertificate;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotReceipt;
import org.springframework.stereotype.Component;

/**
 * What an outsider downloads from the register to check a decision without trusting the server, written by
 * {@code simulate --out DIR} beside the minutes: {@code register-certificate.pem} (for {@code minutes-verify
 * --certificate}), {@code ledger.jsonl} (for {@code ledger-verify --file}), one folder per draw under {@code draws/}
 * (for {@code sortition-verify --record}) and, for a juror who kept their receipt, {@code receipt-proof.json} (for
 * {@code receipt-verify --proof}, against the Merkle root printed in the minutes).
 */
@Component
class PublicArtefacts {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT);
    private final MinutesVerifier minutes;
    private final AuditLedger ledger;
    private final DrawArchive draws;
    private final BallotBox ballots;

    PublicArtefacts(MinutesVerifier minutes, AuditLedger ledger, DrawArchive draws, BallotBox ballots) {
        this.minutes = minutes;
        this.ledger = ledger;
        this.draws = draws;
        this.ballots = ballots;
    }

    /** Writes the certificate, the ledger and every draw into {@code out}; and the proof of {@code kept} if given. */
    void write(Path out, BallotReceipt kept) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("register-certificate.pem"), RegisterCertificate.pem(minutes.registerCertificate()),
                StandardCharsets.US_ASCII);
        try (Writer writer = Files.newBufferedWriter(out.resolve("ledger.jsonl"), StandardCharsets.UTF_8)) {
            ledger.export(writer);
        }
        for (long panelId : draws.panelIds()) {
            draws.write(panelId, out.resolve("draws").resolve("panel-" + panelId));
        }
        if (kept != null) {
            Files.writeString(out.resolve("receipt-proof.json"),
                    JSON.writeValueAsString(ballots.proof(kept.voteId(), kept.receipt())), StandardCharsets.UTF_8);
        }
    }
}

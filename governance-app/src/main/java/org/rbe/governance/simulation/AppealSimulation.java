package org.rbe.governance.simulation;

import java.time.Clock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.rbe.governance.appeals.AppealView;
import org.rbe.governance.appeals.SanctionView;
import org.rbe.governance.minutes.MinutesVerification;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.voting.BallotReceipt;
import org.springframework.stereotype.Component;

/**
 * {@code simulate --process sanction-appeal --out DIR}: one appeal from the sanction to the signed minutes with
 * simulated people, through the services: the administrator records a level-1 sanction, the citizen appeals, 12
 * citizens and an expert are drawn (some decline and are replaced), the hearing's messages, the expert's advice to
 * modify the measure, the hearing date, the panel's vote (8 of 12 to modify), the outcome applied, the minutes signed
 * and published, the appellant notified. Writes the verified minutes and {@code timings.json} into DIR.
 */
@Component
public class AppealSimulation {
    /** An ordinary citizen of the demo population (not staff). */
    static final long APPELLANT = 4242;
    private final SimulatedAppeals people;
    private final DecisionRegister register;
    private final MinutesVerifier verifier;

    private final PublicArtefacts artefacts;
    private final Clock clock;

    AppealSimulation(SimulatedAppeals people, DecisionRegister register, MinutesVerifier verifier,
                     PublicArtefacts artefacts, Clock clock) {
        this.artefacts = artefacts;
        this.clock = clock;
        this.people = people;
        this.register = register;
        this.verifier = verifier;
    }

    /** Runs one appeal; returns the path of the signed minutes. Throws on the first stage that fails. */
    public Path run(Path out) throws Exception {
        Files.createDirectories(out);
        StageTimings timings = new StageTimings();
        LocalDate today = LocalDate.now(clock);
        SanctionView sanction = timings.timed("sanction_recorded", () -> people.impose(APPELLANT, 1,
                "Access to water cut by 50% for 30 days", false, today.minusDays(2)));
        AppealView appeal = timings.timed("appeal_filed_and_panel_drawn", () -> people.file(sanction.id(),
                "I took twice the norm on three days to care for my sick neighbour; the meter logs show it stopped."));
        expect(appeal.id(), AppealView.HEARING);
        long appealId = appeal.id();
        timings.timed("invitations_and_hearing_messages", () -> {
            people.answerInvitations(appealId, 0.1, 42L);
            people.exchangeMessages(appealId, "My neighbour's doctor can confirm the dates.",
                    "Thank you; we will read the doctor's note before the hearing.");
            return null;
        });
        timings.timed("expert_advice", () -> {
            people.advise(appealId, "MODIFY", "The overuse is real but was care for another person; a work measure "
                    + "repairs the harm without cutting water to a household that looks after a sick neighbour.",
                    "10 hours of community work at the water plant");
            return null;
        });
        BallotReceipt kept = timings.timed("hearing_vote_and_signed_minutes", () -> {
            people.hearingDateArrives(appealId);
            return people.panelVotes(appealId, Map.of("MODIFY", 8, "UPHOLD", 3, "LIFT", 1), 43L);
        });
        AppealView decided = expect(appealId, AppealView.DECIDED);
        RegisterEntry entry = register.entry(decided.caseNumber())
                .orElseThrow(() -> new IllegalStateException("The appeal is not in the register"));
        byte[] pdf = register.minutesPdf(decided.caseNumber()).orElseThrow();
        MinutesVerification verification = verifier.verify(pdf);
        if (!verification.valid()) {
            throw new IllegalStateException("The minutes do not verify: " + verification.reason());
        }
        Path minutes = out.resolve("minutes-" + entry.documentId() + ".pdf");
        Files.write(minutes, pdf);
        timings.write(out, "sanction-appeal", decided.caseNumber(), entry.documentId(), entry.minutesSha256());
        artefacts.write(out, kept);
        return minutes;
    }

    private AppealView expect(long appealId, String stage) {
        AppealView appeal = people.appeal(appealId);
        if (!stage.equals(appeal.stage())) {
            throw new IllegalStateException("Appeal " + appealId + " is at " + appeal.stage() + " where " + stage
                    + " was expected");
        }
        return appeal;
    }
}

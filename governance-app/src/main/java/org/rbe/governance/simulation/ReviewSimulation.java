package org.rbe.governance.simulation;

import java.time.Clock;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.rbe.governance.constitution.AmendmentView;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ReviewSchedule;
import org.rbe.governance.constitution.ReviewView;
import org.rbe.governance.minutes.MinutesVerification;
import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.voting.BallotReceipt;
import org.springframework.stereotype.Component;

/**
 * {@code simulate --process constitutional-review --out DIR}: the ten-year review from its due date to the signed
 * minutes with simulated people, through the services: the daily check reaches the due date, an assembly of 1,000
 * is drawn and answers (some decline and are replaced), three amendments are proposed, three experts review them,
 * the ethics council vetoes one, the assembly votes on the other two (one accepted, one rejected), the accepted one
 * is enacted from its date, and the minutes are signed and published. Writes the verified minutes and
 * {@code timings.json} into DIR.
 */
@Component
public class ReviewSimulation {
    private final SimulatedReviews people;
    private final ReviewSchedule schedule;
    private final DecisionRegister register;
    private final MinutesVerifier verifier;

    private final PublicArtefacts artefacts;
    private final Clock clock;
    private final ConstitutionalParameters parameters;

    ReviewSimulation(SimulatedReviews people, ReviewSchedule schedule, DecisionRegister register, MinutesVerifier verifier,
                     PublicArtefacts artefacts, Clock clock, ConstitutionalParameters parameters) {
        this.parameters = parameters;
        this.artefacts = artefacts;
        this.clock = clock;
        this.people = people;
        this.schedule = schedule;
        this.register = register;
        this.verifier = verifier;
    }

    /** Runs one review; returns the path of the signed minutes. Throws on the first stage that fails. */
    public Path run(Path out) throws Exception {
        Files.createDirectories(out);
        StageTimings timings = new StageTimings();
        LocalDate due = schedule.nextReviewDue();
        LocalDate from = LocalDate.now(clock).plusYears(1).withDayOfYear(1);
        // a second run in the same database: the first one's food norm takes effect that day, so this one a year later
        while (parameters.inForce(from).value(Parameter.FOOD_KCAL_PER_DAY)
                .compareTo(parameters.inForce(from.minusDays(1)).value(Parameter.FOOD_KCAL_PER_DAY)) != 0) {
            from = from.plusYears(1);
        }
        LocalDate effective = from;
        ReviewView review = timings.timed("due_date_reached_and_assembly_drawn", () -> people.dueDateCheck(due)
                .orElseThrow(() -> new IllegalStateException("The review due on " + due + " did not open")));
        long id = review.id();
        timings.timed("assembly_invitations", () -> people.answerAssemblyInvitations(id, 0.03, 42L));
        // 3,200 kcal on the founding norm; 100 more where an earlier review already enacted that (a second run)
        BigDecimal food = parameters.inForce(effective).value(Parameter.FOOD_KCAL_PER_DAY).max(new BigDecimal("3100"))
                .add(new BigDecimal("100"));
        Map<String, AmendmentView> proposed = timings.timed("amendment_proposals", () -> Map.of(
                "food", people.propose(id, 0, Parameter.FOOD_KCAL_PER_DAY, food, effective,
                        "Heavy manual work in the northern regions needs more food energy than the founding norm."),
                "quorum", people.propose(id, 1, Parameter.JURY_QUORUM, new BigDecimal("0.6"), effective,
                        "Decisions should rest on at least 60% of each jury."),
                "water", people.propose(id, 2, Parameter.WATER_LITRES_PER_DAY, new BigDecimal("30"), effective,
                        "Cut water to 30 l/day while desalination plants are built.")));
        timings.timed("proposals_closed_and_expert_review", () -> {
            people.closeProposals(id, "Proposals gathered over three sessions of the assembly (simulated).");
            return people.expertReviews(id, "ANNOTATE", "Food: feasible from northern stocks. Quorum: feasible. "
                    + "Water: 30 l/day is below the need for drinking and hygiene.");
        });
        timings.timed("ethics_check", () -> {
            people.veto(id, proposed.get("water").id(), "A water norm below human need breaches the constitution's purpose.");
            people.closeEthics(id, "Food and quorum amendments considered and allowed; the water amendment vetoed.");
            return null;
        });
        BallotReceipt kept = timings.timed("assembly_votes_enactment_and_signed_minutes", () -> people.assemblyVotes(id,
                Map.of(proposed.get("food").id(), 0.85, proposed.get("quorum").id(), 0.35), 0.03, 1.0, 44L));
        ReviewView closed = people.review(id);
        if (!ReviewView.CLOSED.equals(closed.stage()) || closed.documentId() == null) {
            throw new IllegalStateException("Review " + id + " is at " + closed.stage() + " where CLOSED was expected");
        }
        RegisterEntry entry = register.entry(closed.caseNumber())
                .orElseThrow(() -> new IllegalStateException("The review is not in the register"));
        byte[] pdf = register.minutesPdf(closed.caseNumber()).orElseThrow();
        MinutesVerification verification = verifier.verify(pdf);
        if (!verification.valid()) {
            throw new IllegalStateException("The minutes do not verify: " + verification.reason());
        }
        Path minutes = out.resolve("minutes-" + entry.documentId() + ".pdf");
        Files.write(minutes, pdf);
        timings.write(out, "constitutional-review", closed.caseNumber(), entry.documentId(), entry.minutesSha256());
        artefacts.write(out, kept);
        return minutes;
    }
}

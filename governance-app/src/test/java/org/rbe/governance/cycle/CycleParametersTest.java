package org.rbe.governance.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.scenarios.Allocation;
import org.rbe.governance.scenarios.ScenarioGenerator;
import org.rbe.governance.voting.BallotBox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cycle reads the jury's size and quorum and the scenario floors from the constitution, as in force on the
 * case's date: an amendment applies to cases dated on or after its effective date and to no earlier case.
 */
class CycleParametersTest extends CycleTestSupport {
    private static final LocalDate AMENDED = LocalDate.of(2091, 3, 1);
    @Autowired
    CycleSteps steps;
    @Autowired
    Sortition sortition;
    @Autowired
    BallotBox ballots;
    @Autowired
    ScenarioGenerator scenarios;
    @Autowired
    JdbcTemplate jdbc;

    /** An amendment as an accepted review records it (the review process itself is tested in the constitution module). */
    @BeforeEach
    void amendFromAFixedDate() {
        amend(Parameter.JURY_SIZE, "40");
        amend(Parameter.JURY_QUORUM, "0.8");
        amend(Parameter.WATER_LITRES_PER_DAY, "55");
    }

    @AfterEach
    void removeTestAmendments() {
        jdbc.update("DELETE FROM constitution_parameter WHERE source = 'AMENDMENT' AND reference LIKE 'test:%'");
    }

    @Test
    void aCaseDatedOnTheAmendmentsDateUsesTheNewJuryQuorumAndFloors() {
        DecisionCaseView c = caseDated("Dated on the amendment", AMENDED);

        long panelId = drawJury(c.id());
        assertThat(sortition.panel(panelId).size()).isEqualTo(40);
        assertThat(sortition.panel(panelId).members()).hasSize(40);
        long voteId = steps.openVote(c.id(), panelId, 1).voteId();
        assertThat(ballots.info(voteId).rules().quorum()).isEqualTo(0.8);
        int round = steps.generateScenarios(c.id(), c.datasetId(), "Rework with the new water norm");
        assertThat(waterPerPerson(c, round)).isCloseTo(55, within(1e-6));
    }

    @Test
    void aCaseDatedTheDayBeforeKeepsTheValuesThenInForce() {
        DecisionCaseView c = caseDated("Dated the day before", AMENDED.minusDays(1));

        long panelId = drawJury(c.id());
        assertThat(sortition.panel(panelId).members()).hasSize(500);
        long voteId = steps.openVote(c.id(), panelId, 1).voteId();
        assertThat(ballots.info(voteId).rules().quorum()).isEqualTo(0.5);
        int round = steps.generateScenarios(c.id(), c.datasetId(), "Rework with the old water norm");
        assertThat(waterPerPerson(c, round)).isCloseTo(50, within(1e-6));
    }

    /** The jury's draw announced, and drawn with a public value a clerk enters. */
    private long drawJury(long caseId) {
        long announcementId = steps.announceJury(caseId).id();
        return currentUser.runAs("clerk1", () -> steps.drawJury(caseId, announcementId, "20261202-public-value"));
    }

    private void amend(Parameter parameter, String value) {
        jdbc.update("INSERT INTO constitution_parameter (parameter_key, parameter_value, unit, effective_from, source,"
                        + " reference, recorded_at) VALUES (?, ?, ?, ?, 'AMENDMENT', ?, ?)", parameter.key(),
                new java.math.BigDecimal(value), parameter.unit(), Date.valueOf(AMENDED), "test: " + parameter.key(),
                new Timestamp(System.currentTimeMillis()));
    }

    /** Opens a case and moves its opening date, as if it had been opened on {@code date}. */
    private DecisionCaseView caseDated(String title, LocalDate date) {
        DecisionCaseView c = openCase(title);
        jdbc.update("UPDATE decision_case SET opened_at = ? WHERE id = ?",
                Timestamp.from(date.atTime(12, 0).toInstant(ZoneOffset.UTC)), c.id());
        return cases.get(c.id());
    }

    private double waterPerPerson(DecisionCaseView c, int round) {
        double population = correlation.observations(c.datasetId()).stream()
                .filter(o -> o.region().equals("South") && o.period().equals("2024-12")
                        && o.indicator().equals("population")).findFirst().orElseThrow().value();
        return scenarios.scenarios(c.id(), round).get(0).allocations().stream()
                .filter(a -> a.region().equals("South") && a.resource().equals("water")
                        && a.kind().equals(Allocation.LOCAL)).mapToDouble(Allocation::quantity).sum() / population;
    }
}

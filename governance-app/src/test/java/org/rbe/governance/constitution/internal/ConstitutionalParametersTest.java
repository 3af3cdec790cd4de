package org.rbe.governance.constitution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ParameterSet;
import org.rbe.governance.constitution.ParameterVersion;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The parameters as data with history: the founding values, amendments from a stated date, and their limits. */
class ConstitutionalParametersTest extends CycleTestSupport {
    private static final LocalDate ADOPTED = LocalDate.of(2025, 1, 1);
    private static final LocalDate FAR = LocalDate.of(2091, 3, 1);
    @Autowired
    ConstitutionalParameters parameters;
    @Autowired
    ParameterStore access;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestAmendments() {
        jdbc.update("DELETE FROM constitution_parameter WHERE source = 'AMENDMENT' AND reference LIKE 'test:%'");
    }

    @Test
    void theFoundingNormsAndLimitsAreInForceFromAdoption() {
        ParameterSet founding = parameters.inForce(ADOPTED);
        assertThat(founding.count(Parameter.WATER_LITRES_PER_DAY)).isEqualTo(50);
        assertThat(founding.count(Parameter.FOOD_KCAL_PER_DAY)).isEqualTo(3000);
        assertThat(founding.count(Parameter.HOUSING_M2_PER_ADULT)).isEqualTo(25);
        assertThat(founding.count(Parameter.HOUSING_M2_PER_CHILD)).isEqualTo(10);
        assertThat(founding.count(Parameter.TECHNOCRAT_TERM_MONTHS)).isEqualTo(24);
        assertThat(founding.count(Parameter.ETHICS_ROTATION_MONTHS)).isEqualTo(1);
        assertThat(founding.count(Parameter.JURY_SIZE)).isEqualTo(500);
        assertThat(founding.count(Parameter.APPEAL_PANEL_SIZE)).isEqualTo(12);
        assertThat(founding.count(Parameter.APPEAL_EXPERTS)).isEqualTo(1);
        assertThat(founding.count(Parameter.APPEAL_DECISION_VOTES)).isEqualTo(7);
        assertThat(founding.count(Parameter.ASSEMBLY_SIZE)).isEqualTo(1000);
        assertThat(founding.share(Parameter.JURY_QUORUM)).isEqualTo(0.5);
        assertThat(founding.count(Parameter.INITIATIVE_SUPPORTERS)).isEqualTo(50);
        assertThat(founding.values()).containsOnlyKeys(Parameter.values());
        assertThat(parameters.inForce(ADOPTED.minusDays(1)).values()).isEmpty();
    }

    @Test
    void anAmendmentTakesEffectFromItsStatedDateAndKeepsTheHistory() {
        access.amend(Parameter.WATER_LITRES_PER_DAY, new BigDecimal("60"), FAR, "test: more water", 0, 0);
        assertThat(parameters.inForce(FAR.minusDays(1)).count(Parameter.WATER_LITRES_PER_DAY)).isEqualTo(50);
        assertThat(parameters.inForce(FAR).count(Parameter.WATER_LITRES_PER_DAY)).isEqualTo(60);
        assertThat(parameters.inForce(FAR.plusYears(5)).count(Parameter.WATER_LITRES_PER_DAY)).isEqualTo(60);
        assertThat(parameters.current().count(Parameter.WATER_LITRES_PER_DAY)).isEqualTo(50);
        assertThat(parameters.history(Parameter.WATER_LITRES_PER_DAY))
                .extracting(ParameterVersion::effectiveFrom, v -> v.value().intValue(), ParameterVersion::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ADOPTED, 50, ParameterVersion.FOUNDING),
                        org.assertj.core.groups.Tuple.tuple(FAR, 60, ParameterVersion.AMENDMENT));
    }

    @Test
    void amendmentsOutsideTheConstitutionalLimitsAreRefused() {
        assertThatThrownBy(() -> access.amend(Parameter.TECHNOCRAT_TERM_MONTHS, new BigDecimal("36"), FAR, "test: longer", 0, 0))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("between 1 and 24");
        assertThatThrownBy(() -> access.amend(Parameter.JURY_SIZE, new BigDecimal("500.5"), FAR, "test: half a juror", 0, 0))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> access.amend(Parameter.APPEAL_DECISION_VOTES, new BigDecimal("6"), FAR, "test: 6 of 12", 0, 0))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("6 of 12");
        assertThat(parameters.history(Parameter.TECHNOCRAT_TERM_MONTHS)).hasSize(1);
    }
}

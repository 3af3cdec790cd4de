package org.rbe.governance.correlation.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationForbiddenFactorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"gender_ratio", "sex", "Sex", "genderRatio", "race", "ethnic_share", "ethnicity",
            "political_views", "party_affiliation", "sexual_orientation", "раса", "этническая_группа",
            "политические_взгляды", "ориентация", "пол", "пол_жителя", "гендер"})
    void refusesForbiddenFactors(String name) {
        assertThat(ForbiddenFactors.isForbidden(name)).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"essex_rainfall", "stock_wheat_t", "population", "sextant_count", "graceful",
            "polar_days", "половина_урожая_t", "terrace_m2", "apolitical_tree_count"})
    void acceptsOrdinaryIndicators(String name) {
        assertThat(ForbiddenFactors.isForbidden(name)).as(name).isFalse();
    }
}

package org.rbe.governance.constitution.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.shared.UserFacingException;

/** What a value must respect: the parameter's range, whole numbers where it counts things, and the rules between parameters. */
final class ParameterRules {
    private ParameterRules() {
    }

    static void check(Parameter parameter, BigDecimal value) {
        if (value == null) {
            throw new UserFacingException("constitution.error.valueRequired", parameter.key());
        }
        if (value.compareTo(parameter.min()) < 0 || value.compareTo(parameter.max()) > 0) {
            throw new UserFacingException("constitution.error.outOfRange", parameter.key(), value.toPlainString(),
                    parameter.min().stripTrailingZeros().toPlainString(), parameter.max().stripTrailingZeros().toPlainString());
        }
        if (parameter.whole() && value.stripTrailingZeros().scale() > 0) {
            throw new UserFacingException("constitution.error.wholeNumber", parameter.key(), value.toPlainString());
        }
    }

    /** An appeal panel decides by a majority of its seats: more than half, at most all of them. */
    static void checkConsistent(Map<Parameter, BigDecimal> values) {
        BigDecimal seats = values.get(Parameter.APPEAL_PANEL_SIZE);
        BigDecimal needed = values.get(Parameter.APPEAL_DECISION_VOTES);
        if (seats != null && needed != null
                && (needed.multiply(BigDecimal.valueOf(2)).compareTo(seats) <= 0 || needed.compareTo(seats) > 0)) {
            throw new UserFacingException("constitution.error.appealMajority", needed.toPlainString(), seats.toPlainString());
        }
    }
}

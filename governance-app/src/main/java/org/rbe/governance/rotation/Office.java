package org.rbe.governance.rotation;

import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ParameterSet;
import org.rbe.governance.security.Role;

/** A standing office that rotates, the role it carries, and how long one term lasts under the constitution. */
public enum Office {
    /** Technocrats: terms of at most two years (§5.1). */
    TECHNOCRAT(Role.TECHNOCRAT),
    /** Ethics council: members rotate every period (§6.4: monthly). */
    ETHICS(Role.ETHICS),
    /** Correlation Center staff: a share is replaced every period (§5.4: 50% every 2 years), so a term lasts period / share. */
    CC_STAFF(Role.ANALYST);

    private final Role role;

    Office(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    /** Length of one term in months under {@code constitution}. */
    public int termMonths(ParameterSet constitution) {
        return switch (this) {
            case TECHNOCRAT -> constitution.count(Parameter.TECHNOCRAT_TERM_MONTHS);
            case ETHICS -> constitution.count(Parameter.ETHICS_ROTATION_MONTHS);
            case CC_STAFF -> (int) Math.round(constitution.count(Parameter.CC_ROTATION_PERIOD_MONTHS)
                    / constitution.share(Parameter.CC_ROTATION_SHARE));
        };
    }
}

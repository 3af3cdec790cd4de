package org.rbe.governance.conflicts;

import java.util.List;

/**
 * The roles of a decision case of the cycle, as recorded here: the analyst who opened it (and records its feedback),
 * the technocrats who review its scenarios, the ethics members who veto or conclude its check, its jurors, and the
 * clerk who publishes it. Each excludes every other in the same case.
 */
public final class DecisionRoles {
    public static final String ANALYST = "ANALYST";
    public static final String REVIEWER = "REVIEWER";
    public static final String ETHICS = "ETHICS";
    public static final String JUROR = "JUROR";
    public static final String CLERK = "CLERK";
    /** Every role of a decision case. */
    public static final List<String> ALL = List.of(ANALYST, REVIEWER, ETHICS, JUROR, CLERK);

    private DecisionRoles() {
    }
}

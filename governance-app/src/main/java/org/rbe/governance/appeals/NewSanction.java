package org.rbe.governance.appeals;

import java.time.LocalDate;

/**
 * A sanction as an administrator records it: who, which rule and level (1-3 of §6.4), the automatic measure (e.g.
 * "access to water cut by 50% for 30 days", "20 hours of community work"), whether it isolates the person, the
 * evidence, and the date it was imposed.
 */
public record NewSanction(long citizenId, String ruleCode, String ruleText, int level, String measure, boolean isolation,
                          String evidence, LocalDate imposedOn) {
}

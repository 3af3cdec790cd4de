package org.rbe.governance.appeals;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operational settings of appeals; the constitutional ones (panel size, decision rule, filing days, review after
 * five years) come from the constitution module.
 *
 * @param suspendingLevels sanction levels for which filing an appeal suspends the measure until the decision
 * @param hearingAfter     time from drawing a panel to its hearing (reading, invitations and messages happen before)
 * @param decideWithin     time from the hearing to the panel's deadline to decide
 * @param language         language of the minutes: ru or en
 */
@ConfigurationProperties("governance.appeals")
public record AppealSettings(List<Integer> suspendingLevels, Duration hearingAfter, Duration decideWithin,
                             String language) {
    public AppealSettings {
        suspendingLevels = suspendingLevels == null ? List.of(1, 2) : List.copyOf(suspendingLevels);
        hearingAfter = hearingAfter == null ? Duration.ofDays(7) : hearingAfter;
        decideWithin = decideWithin == null ? Duration.ofDays(3) : decideWithin;
        language = language == null ? "ru" : language;
    }

    public boolean suspends(int level) {
        return suspendingLevels.contains(level);
    }

    public Locale minutesLocale() {
        return Locale.forLanguageTag(language);
    }
}

package org.rbe.governance.cycle;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Parameters of the cycle: jury size, how long the vote stays open, the quorum and the minutes' language.
 *
 * @param jurySize     jurors drawn per decision (DESIGN.md §1: 500)
 * @param voteDuration time from opening the vote to its deadline
 * @param quorum       share of the roll that must vote for the result to stand
 * @param language     language of the minutes: ru or en
 */
@ConfigurationProperties("governance.cycle")
public record CycleSettings(Integer jurySize, Duration voteDuration, Double quorum, String language) {
    public CycleSettings {
        jurySize = jurySize == null ? 500 : jurySize;
        voteDuration = voteDuration == null ? Duration.ofDays(3) : voteDuration;
        quorum = quorum == null ? 0.5 : quorum;
        language = language == null ? "ru" : language;
    }

    public Locale minutesLocale() {
        return Locale.forLanguageTag(language);
    }
}

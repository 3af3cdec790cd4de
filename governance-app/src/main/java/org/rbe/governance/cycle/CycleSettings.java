package org.rbe.governance.cycle;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operational settings of the cycle: how long the vote stays open and the minutes' language. The jury's size and
 * quorum are constitutional parameters, read for each case on its date from
 * {@link org.rbe.governance.constitution.ConstitutionalParameters}.
 *
 * @param voteDuration time from opening the vote to its deadline
 * @param language     language of the minutes: ru or en
 */
@ConfigurationProperties("governance.cycle")
public record CycleSettings(Duration voteDuration, String language) {
    public CycleSettings {
        voteDuration = voteDuration == null ? Duration.ofDays(3) : voteDuration;
        language = language == null ? "ru" : language;
    }

    public Locale minutesLocale() {
        return Locale.forLanguageTag(language);
    }
}

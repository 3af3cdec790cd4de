package org.rbe.governance.constitution;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operational settings of constitutional reviews; sizes, quorums and thresholds are constitutional parameters.
 *
 * @param voteDuration time the assembly has to vote on the amendments
 * @param language     language of the minutes: ru or en
 */
@ConfigurationProperties("governance.constitution")
public record ReviewSettings(Duration voteDuration, String language) {
    public ReviewSettings {
        voteDuration = voteDuration == null ? Duration.ofDays(14) : voteDuration;
        language = language == null ? "ru" : language;
    }

    public Locale minutesLocale() {
        return Locale.forLanguageTag(language);
    }
}

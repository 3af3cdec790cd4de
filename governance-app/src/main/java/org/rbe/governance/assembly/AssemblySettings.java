package org.rbe.governance.assembly;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operational settings of the civic assembly (its size, quorum and majority are constitutional parameters).
 *
 * @param voteDuration time the assembly has to vote on both questions
 * @param language     language of its minutes: ru or en
 */
@ConfigurationProperties("governance.assembly")
public record AssemblySettings(Duration voteDuration, String language) {
    public AssemblySettings {
        voteDuration = voteDuration == null ? Duration.ofDays(14) : voteDuration;
        language = language == null ? "ru" : language;
    }

    public Locale minutesLocale() {
        return Locale.forLanguageTag(language);
    }
}

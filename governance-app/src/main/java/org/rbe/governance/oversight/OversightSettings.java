package org.rbe.governance.oversight;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of civic oversight.
 *
 * @param seats          citizens drawn for a check (§6.4: three)
 * @param reviewDuration time the trio has to read, deliberate and vote on its finding
 * @param requestsPerDay checks that may be requested in one day (UTC), all requesters together: requests are
 *                       anonymous, so this is the only limit that can hold against flooding
 * @param language       language of the minutes: ru or en
 */
@ConfigurationProperties("governance.oversight")
public record OversightSettings(Integer seats, Duration reviewDuration, Integer requestsPerDay, String language) {
    public OversightSettings {
        seats = seats == null ? 3 : seats;
        reviewDuration = reviewDuration == null ? Duration.ofDays(7) : reviewDuration;
        requestsPerDay = requestsPerDay == null ? 50 : requestsPerDay;
        language = language == null ? "ru" : language;
    }

    public Locale minutesLocale() {
        return Locale.forLanguageTag(language);
    }
}

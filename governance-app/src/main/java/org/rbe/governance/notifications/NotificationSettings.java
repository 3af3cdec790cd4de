package org.rbe.governance.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where notices are sent from and when.
 *
 * @param from         sender address of the e-mails
 * @param demoDomain   in the demo, people without an address of their own get {@code login@demoDomain}; empty: none
 * @param mailEvery    how often the outbox is sent (what a run could not send waits for the next)
 * @param mailAtOnce   also send the outbox as soon as notices to be mailed at once are committed, on the outbox's
 *                     own thread, rather than at the next run (a draw's 500 invitations leave in seconds)
 * @param digestHour   the hour (UTC) of the daily digest
 * @param language     language of people who have not chosen one
 */
@ConfigurationProperties("governance.notifications")
public record NotificationSettings(String from, String demoDomain, Duration mailEvery, Integer digestHour,
                                   String language, Boolean mailAtOnce) {
    public NotificationSettings {
        from = from == null || from.isBlank() ? "governance@localhost" : from;
        demoDomain = demoDomain == null ? "" : demoDomain.strip();
        mailEvery = mailEvery == null ? Duration.ofSeconds(10) : mailEvery;
        digestHour = digestHour == null ? 7 : digestHour;
        language = language == null ? "ru" : language;
        mailAtOnce = mailAtOnce == null || mailAtOnce;
    }
}

package org.rbe.governance.initiatives;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of citizens' initiatives.
 *
 * @param collectionWindow how long an initiative collects supporters from the day it is proposed (default 90 days)
 * @param perDay           initiatives one citizen may propose in one day (UTC)
 */
@ConfigurationProperties("governance.initiatives")
public record InitiativeSettings(Period collectionWindow, Integer perDay) {
    public InitiativeSettings {
        collectionWindow = collectionWindow == null ? Period.ofDays(90) : collectionWindow;
        perDay = perDay == null ? 3 : perDay;
    }
}

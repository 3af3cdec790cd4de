package org.rbe.governance.appeals.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.rbe.governance.appeals.Appeals;
import org.rbe.governance.appeals.Sanctions;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.voting.BallotBox;
import org.springframework.stereotype.Component;

/** The services behind the appeal screens, handed to views as one bean. */
@Component
record AppealScreens(Sanctions sanctions, Appeals appeals, Sortition sortition, BallotBox ballots,
                     CurrentUser currentUser) {

    static DateTimeFormatter time(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.systemDefault());
    }

    static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }
}

package org.rbe.governance.constitution.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.constitution.ConstitutionalReviews;
import org.rbe.governance.constitution.ReviewSchedule;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.voting.BallotBox;
import org.springframework.stereotype.Component;

/** The services behind the constitution screens, handed to views as one bean. */
@Component
record ConstitutionScreens(ConstitutionalParameters parameters, ReviewSchedule schedule, ConstitutionalReviews reviews,
                           Sortition sortition, BallotBox ballots, CurrentUser currentUser) {

    static DateTimeFormatter time(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.systemDefault());
    }

    static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }
}

package org.rbe.governance.cycle.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.rbe.governance.scenarios.ScenarioSummary;
import org.rbe.governance.scenarios.ScenarioView;
import org.rbe.governance.shared.Messages;

/** A scenario's figures in words and numbers of the reader's language: its one-line summary, tonnes, shares, costs. */
final class FigureText {
    private FigureText() {
    }

    /** The summary line: the levers the plan uses beyond the regions' own stocks, the largest first. */
    static String summary(ScenarioSummary s, Locale locale) {
        List<String> levers = s.levers().stream().map(l -> Messages.get(locale, "learning.lever." + l)).toList();
        if (levers.isEmpty()) {
            return Messages.get(locale, "learning.summary.none");
        }
        if (levers.size() == 1) {
            return Messages.get(locale, "learning.summary.one", levers.get(0));
        }
        return Messages.get(locale, "learning.summary.more", levers.get(0),
                String.join(Messages.get(locale, "learning.and"), levers.subList(1, levers.size())));
    }

    /** A key figure's value as shown: a share in whole percent (rounded down), or tonnes. */
    static String value(ScenarioSummary.KeyFigure f, Locale locale) {
        return f.figure() == ScenarioSummary.Figure.LOWEST_OWN_STOCK ? percent(f.value(), locale) : tonnes(f.value(), locale);
    }

    /** What a key figure is; the lowest own-stock share names its region. */
    static String label(ScenarioSummary.KeyFigure f, Locale locale) {
        return Messages.get(locale, "learning.figure." + f.figure(), f.region() == null ? "—" : f.region());
    }

    /** Rounded down, so that a region short of its own stock never reads as 100%. */
    static String percent(double value, Locale locale) {
        return Double.isNaN(value) ? "—" : whole(Math.floor(value + 1e-9), locale) + "%";
    }

    static String tonnes(double value, Locale locale) {
        return Messages.get(locale, "learning.tonnes", whole(value, locale));
    }

    static String whole(double value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(Math.round(value));
    }

    /** "A: Scenario A - import", marked when vetoed. */
    static String legend(String letter, ScenarioView s, Locale locale, boolean vetoed) {
        return Messages.get(locale, "learning.legend", letter, s.title(locale))
                + (vetoed ? " (" + Messages.get(locale, "learning.vetoedMark") + ")" : "");
    }
}

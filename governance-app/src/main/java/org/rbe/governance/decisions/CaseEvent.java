package org.rbe.governance.decisions;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.rbe.governance.shared.Messages;

/** One line of a case's timeline; the text is a message key so it reads in Russian and English. */
public record CaseEvent(Instant at, Stage stage, String messageKey, List<String> args) {
    /** The line of a case opened from a citizens' initiative; its arguments are the initiative's label and id. */
    public static final String FROM_INITIATIVE = "timeline.fromInitiative";

    public String text(Locale locale) {
        return Messages.get(locale, messageKey, args.toArray());
    }
}

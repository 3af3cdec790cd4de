package org.rbe.governance.notifications.internal;

import java.util.List;
import java.util.Locale;
import org.rbe.governance.shared.Messages;

/**
 * A stored notice in the reader's language. An argument that starts with {@link #KEY} is itself a message key (a
 * task's name, say) and is translated along with the notice, so the app and the e-mail each read in one language.
 */
public final class NoticeText {
    public static final String KEY = "i18n:";

    private NoticeText() {
    }

    public static String of(Locale locale, String key, List<String> arguments) {
        Object[] args = arguments.stream()
                .map(a -> a.startsWith(KEY) ? (Object) new Messages.Text(a.substring(KEY.length())) : a).toArray();
        return Messages.get(locale, key, args);
    }
}

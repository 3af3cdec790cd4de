package org.rbe.governance.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translations for every module. Each module keeps its own bundle {@code i18n/<module>} with
 * {@code _en} and {@code _ru} variants; a key is looked up in each bundle in turn.
 */
public final class Messages {
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, RUSSIAN);
    private static final List<String> BUNDLES = List.of("i18n/app", "i18n/correlation", "i18n/scenarios",
            "i18n/jury", "i18n/voting", "i18n/minutes", "i18n/publication", "i18n/ledger", "i18n/constitution",
            "i18n/appeals", "i18n/rotation", "i18n/conflicts", "i18n/assembly", "i18n/proceedings",
            "i18n/notifications", "i18n/oversight",
            "i18n/initiatives");

    private Messages() {
    }

    /**
     * A message to translate later, in the reader's language: an argument of another message (e.g. where in a file a
     * problem is), translated along with it. A {@link UserFacingException} given as an argument is translated alike.
     */
    public record Text(String key, Object... args) {
    }

    public static String get(Locale locale, String key, Object... args) {
        args = resolved(locale, args);
        Locale effective = RUSSIAN.getLanguage().equals(locale.getLanguage()) ? RUSSIAN : Locale.ENGLISH;
        for (String base : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(base, effective,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return args.length == 0 ? pattern : new MessageFormat(pattern, effective).format(args);
                }
            } catch (MissingResourceException ignored) {
                // this module has no bundle for the locale
            }
        }
        return args.length == 0 ? key : key + " " + java.util.Arrays.toString(args);
    }

    private static Object[] resolved(Locale locale, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Text text) {
                out[i] = get(locale, text.key(), text.args());
            } else if (out[i] instanceof UserFacingException nested) {
                out[i] = get(locale, nested.messageKey(), nested.args());
            }
        }
        return out;
    }

    public static String english(String key, Object... args) {
        return get(Locale.ENGLISH, key, args);
    }
}

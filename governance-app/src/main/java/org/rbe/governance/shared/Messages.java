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
            "i18n/appeals", "i18n/rotation", "i18n/conflicts", "i18n/assembly");

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
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

    public static String english(String key, Object... args) {
        return get(Locale.ENGLISH, key, args);
    }
}

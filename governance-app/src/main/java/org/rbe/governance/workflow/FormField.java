package org.rbe.governance.workflow;

import java.util.List;
import java.util.Locale;

/** One component of a form-js schema, as far as the generic renderer needs it. */
public record FormField(String id, String type, String key, String label, String labelRu, boolean required,
                        Integer minLength, Integer maxLength, List<Option> options) {

    /** A choice of a radio or select field. */
    public record Option(String value, String label, String labelRu) {
        public String label(Locale locale) {
            return FormField.pick(locale, label, labelRu);
        }
    }

    public String label(Locale locale) {
        return pick(locale, label, labelRu);
    }

    /** Whether the field carries a value (a "text" component only shows its text). */
    public boolean isInput() {
        return key != null && !"text".equals(type);
    }

    static String pick(Locale locale, String en, String ru) {
        return "ru".equals(locale.getLanguage()) && ru != null ? ru : en;
    }
}

package org.rbe.governance.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.rbe.governance.shared.Messages;
import org.springframework.stereotype.Component;

/** Vaadin's translations come from the modules' bundles, in Russian and English. */
@Component
class TranslationProvider implements I18NProvider {
    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(locale == null ? Locale.ENGLISH : locale, key, params);
    }
}

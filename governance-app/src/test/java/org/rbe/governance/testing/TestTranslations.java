package org.rbe.governance.testing;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.rbe.governance.shared.Messages;

/** The application's translations for browserless view tests, which run without the Spring context. */
public class TestTranslations implements I18NProvider {
    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(locale == null ? Locale.ENGLISH : locale, key, params);
    }
}

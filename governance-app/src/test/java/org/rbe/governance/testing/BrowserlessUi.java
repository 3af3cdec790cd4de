package org.rbe.governance.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Set;

/**
 * A mocked Vaadin UI for view tests without Spring (Karibu-Testing): the given routes are registered,
 * translations come from the real bundles, and views are added straight to the UI, without the shell.
 */
public final class BrowserlessUi {
    private BrowserlessUi() {
    }

    /** Starts a mocked UI in English knowing only {@code routes}. */
    @SafeVarargs
    public static void start(Class<? extends Component>... routes) {
        System.setProperty("vaadin.i18n.provider", TestTranslations.class.getName());
        MockVaadin.setup(new Routes(Set.of(routes), Set.of(), true));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** Adds {@code view} to the current UI and returns it. */
    public static <T extends Component> T show(T view) {
        UI.getCurrent().add(view);
        return view;
    }

    public static void stop() {
        MockVaadin.tearDown();
    }
}

package org.rbe.governance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.shared.UserFacingException;

/** Shows the outcome of an action to the person who took it, in their language. */
public final class Notices {
    private Notices() {
    }

    /** Runs {@code action}; a {@link UserFacingException} becomes a red notice with its translated message. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserFacingException e) {
            error(e);
            return false;
        }
    }

    public static void error(UserFacingException e) {
        Notification n = Notification.show(Messages.get(UI.getCurrent().getLocale(), e.messageKey(), e.args()), 8000,
                Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("error-notice");
    }

    public static void success(String key, Object... args) {
        Notification n = Notification.show(Messages.get(UI.getCurrent().getLocale(), key, args), 5000,
                Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setId("success-notice");
    }
}

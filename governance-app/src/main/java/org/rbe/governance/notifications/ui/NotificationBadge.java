package org.rbe.governance.notifications.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.Optional;
import org.rbe.governance.notifications.Notifications;
import org.rbe.governance.ui.HeaderItem;

/** The bell in every page's header: how many notices are unread, as a link to the notification centre. */
@org.springframework.stereotype.Component
class NotificationBadge implements HeaderItem {
    private final Notifications notifications;

    NotificationBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forCurrentUser() {
        int unread = notifications.unread();
        Anchor bell = new Anchor("notifications");
        bell.add(com.vaadin.flow.component.icon.VaadinIcon.BELL.create());
        if (unread > 0) {
            bell.add(new com.vaadin.flow.component.html.Span(" " + unread));
        }
        bell.setId("notification-badge");
        bell.getElement().setAttribute("aria-label", bell.getTranslation("notifications.badge", unread));
        if (unread > 0) {
            bell.getElement().getThemeList().add("badge primary");
        }
        bell.getStyle().set("white-space", "nowrap").set("text-decoration", "none");
        return Optional.of(bell);
    }
}

package org.rbe.governance.notifications;

import java.util.List;
import java.util.regex.Pattern;
import org.rbe.governance.notifications.internal.ContactLookup;
import org.rbe.governance.notifications.internal.NotificationStore;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current person's notification centre and how they want to be reached. */
@Service
@Transactional
public class Notifications {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private final NotificationStore store;
    private final CurrentUser currentUser;
    private final ContactLookup contacts;
    private final java.time.Clock clock;

    Notifications(NotificationStore store, CurrentUser currentUser, ContactLookup contacts, java.time.Clock clock) {
        this.clock = clock;
        this.store = store;
        this.currentUser = currentUser;
        this.contacts = contacts;
    }

    /** The current person's notices, newest first, in their language. */
    @Transactional(readOnly = true)
    public List<NotificationView> mine(java.util.Locale locale) {
        return store.of(currentUser.actor().username(), 200).stream().map(n -> new NotificationView(n.id(),
                org.rbe.governance.notifications.internal.NoticeText.of(locale, n.key(), n.arguments()), n.link(), n.createdAt(), n.readAt() != null))
                .toList();
    }

    /** How many of the current person's notices are unread (0 when nobody is logged in). */
    @Transactional(readOnly = true)
    public int unread() {
        return currentUser.username().map(store::unread).orElse(0);
    }

    public void markAllRead() {
        store.markAllRead(currentUser.actor().username(), clock.instant());
    }

    /** How the current person is reached now. */
    @Transactional(readOnly = true)
    public Contact myContact() {
        return contacts.of(currentUser.actor().username());
    }

    /** Sets the current person's address (blank: in the app only), language and digest choice. */
    public void updateContact(String email, String language, boolean digest) {
        String address = email == null ? "" : email.strip();
        if (!address.isEmpty() && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw new UserFacingException("notifications.error.email");
        }
        if (!"ru".equals(language) && !"en".equals(language)) {
            throw new UserFacingException("notifications.error.language");
        }
        store.saveContact(currentUser.actor().username(), new Contact(address.isEmpty() ? null : address, language,
                digest));
    }
}

package org.rbe.governance.notifications.internal;

import org.rbe.governance.notifications.Contact;
import org.rbe.governance.notifications.NotificationSettings;
import org.springframework.stereotype.Component;

/** A person's contact as chosen, or the default one: the demo's address when the demo gives one, else the app only. */
@Component
public class ContactLookup {
    private final NotificationStore store;
    private final NotificationSettings settings;

    ContactLookup(NotificationStore store, NotificationSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public Contact of(String username) {
        return store.contact(username).orElseGet(() -> fallback(username));
    }

    /** The contacts of many people at once, by username. */
    public java.util.Map<String, Contact> of(java.util.Collection<String> usernames) {
        java.util.Map<String, Contact> chosen = store.contacts(usernames);
        java.util.Map<String, Contact> all = new java.util.HashMap<>();
        usernames.forEach(u -> all.put(u, chosen.getOrDefault(u, fallback(u))));
        return all;
    }

    private Contact fallback(String username) {
        return new Contact(settings.demoDomain().isEmpty() ? null : username + "@" + settings.demoDomain(),
                settings.language(), false);
    }
}

package org.rbe.governance.notifications.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.rbe.governance.notifications.Contact;
import org.rbe.governance.notifications.MailOutbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Stores notices in the same transaction as what caused them, each with its place in the e-mail outbox: to be sent
 * at once, kept for the daily digest, or not mailed at all (no address, or mail not configured). Notices to be sent at
 * once ask the outbox to run after the commit.
 */
@Component
class Notifier {
    private final NotificationStore store;
    private final ContactLookup contacts;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final MailOutbox outbox;

    Notifier(NotificationStore store, ContactLookup contacts, ObjectProvider<JavaMailSender> mail, Clock clock,
             MailOutbox outbox) {
        this.outbox = outbox;
        this.store = store;
        this.contacts = contacts;
        this.mail = mail;
        this.clock = clock;
    }

    /** Tells each of {@code usernames} the message {@code key} with {@code arguments}; {@code link} is a route. */
    void tell(Collection<String> usernames, String key, List<String> arguments, String link, boolean urgent) {
        boolean mailing = mail.getIfAvailable() != null;
        List<NotificationStore.New> notices = new ArrayList<>();
        java.util.Map<String, Contact> reach = contacts.of(usernames);
        for (String username : usernames) {
            Contact contact = reach.get(username);
            String state = !mailing || contact.email() == null ? NotificationStore.NONE
                    : contact.digest() && !urgent ? NotificationStore.DIGEST : NotificationStore.PENDING;
            notices.add(new NotificationStore.New(username, key, arguments, link, urgent, state));
        }
        store.add(notices, clock.instant());
        if (notices.stream().anyMatch(n -> NotificationStore.PENDING.equals(n.mailState()))) {
            outbox.soon();
        }
    }
}

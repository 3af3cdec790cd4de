package org.rbe.governance.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rbe.governance.notifications.internal.ContactLookup;
import org.rbe.governance.notifications.internal.NotificationStore;
import org.rbe.governance.notifications.internal.NotificationStore.Stored;
import org.rbe.governance.shared.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands the outbox's e-mails to the SMTP server (Spring Mail), many over one connection: the urgent ones every few
 * seconds, the others once a day as one digest a person, grouped, newest first, skipped when empty. A notice stays in
 * the outbox until the server takes it, so an SMTP outage loses nothing; a sender claims the notices it mails, so two
 * senders (threads or nodes) never mail one twice. A mail never carries a vote. Notices to be mailed at once also
 * start a run as soon as they are committed ({@link #soon}), so that a draw's invitations do not wait for the schedule.
 */
@Service
public class MailOutbox {
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 500;
    private final NotificationStore store;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationSettings settings;
    private final Clock clock;
    private final String baseUrl;
    private final ContactLookup contacts;
    /** The outbox's own thread for the runs {@link #soon} asks for; one run waits at most, however many ask. */
    private final ExecutorService atOnce = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mail-outbox");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean runWaiting = new AtomicBoolean();

    MailOutbox(NotificationStore store, ObjectProvider<JavaMailSender> mail, NotificationSettings settings, Clock clock,
               @Value("${governance.public-base-url:http://localhost:8080}") String baseUrl,
               ContactLookup contacts) {
        this.store = store;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.contacts = contacts;
    }

    /**
     * Sends the outbox on its own thread once the current transaction commits (at once outside a transaction), when
     * mail is configured and {@code governance.notifications.mail-at-once} is on; asks made while a run waits to start
     * are that run. What it cannot send waits for the scheduled run, as always.
     */
    public void soon() {
        if (!settings.mailAtOnce() || mail.getIfAvailable() == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    startRun();
                }
            });
        } else {
            startRun();
        }
    }

    private void startRun() {
        if (runWaiting.compareAndSet(false, true)) {
            atOnce.execute(() -> {
                runWaiting.set(false);
                try {
                    send();
                } catch (RuntimeException e) {
                    log.warn("The outbox run after a commit failed, the schedule tries again: {}", e.toString());
                }
            });
        }
    }

    /** On shutdown a run under way finishes (its notices are claimed), none starts. */
    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        atOnce.shutdown();
        atOnce.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Sends every e-mail waiting to go at once; returns how many the server took. */
    @Scheduled(fixedDelayString = "${governance.notifications.mail-every:10s}", initialDelayString = "${governance.notifications.mail-every:10s}")
    public synchronized int send() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (List<Stored> waiting = store.waiting(NotificationStore.PENDING, BATCH); !waiting.isEmpty();
             waiting = store.waiting(NotificationStore.PENDING, BATCH)) {
            List<Stored> batch = store.claim(waiting, NotificationStore.PENDING, NotificationStore.SENDING);
            List<MimeMessage> messages = new ArrayList<>();
            Map<String, Contact> reach = contacts.of(batch.stream().map(Stored::username).toList());
            for (Stored n : batch) {
                Contact c = reach.get(n.username());
                Locale locale = Locale.forLanguageTag(c.language());
                messages.add(message(sender, c.email(), Messages.get(locale, "notifications.subject"),
                        line(n, locale)));
            }
            if (!deliver(sender, messages)) {
                store.claim(batch, NotificationStore.SENDING, NotificationStore.PENDING);
                break;
            }
            store.mailed(batch.stream().map(Stored::id).toList(), NotificationStore.SENT, clock.instant());
            sent += batch.size();
        }
        return sent;
    }

    /** Sends each person's daily digest of the notices kept for it; returns how many digests went. */
    @Scheduled(cron = "0 0 * * * *", zone = "UTC")
    public int sendDigests() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || clock.instant().atZone(java.time.ZoneOffset.UTC).getHour() != settings.digestHour()) {
            return 0;
        }
        return digestsNow(sender);
    }

    /** Sends the digests whatever the hour (the daily schedule calls this at its hour). */
    public int digestsNow(JavaMailSender sender) {
        Map<String, List<Stored>> byPerson = new LinkedHashMap<>();
        store.waiting(NotificationStore.DIGEST, 100_000).forEach(n -> byPerson.computeIfAbsent(n.username(),
                u -> new ArrayList<>()).add(0, n));
        int digests = 0;
        for (Map.Entry<String, List<Stored>> person : byPerson.entrySet()) {
            Contact c = contacts.of(person.getKey());
            Locale locale = Locale.forLanguageTag(c.language());
            StringBuilder text = new StringBuilder(Messages.get(locale, "notifications.digestIntro",
                    person.getValue().size())).append("\n\n");
            person.getValue().forEach(n -> text.append("- ").append(line(n, locale)).append("\n\n"));
            if (deliver(sender, List.of(message(sender, c.email(), Messages.get(locale, "notifications.digestSubject"),
                    text.toString())))) {
                store.mailed(person.getValue().stream().map(Stored::id).toList(), NotificationStore.SENT, clock.instant());
                digests++;
            }
        }
        return digests;
    }

    private String line(Stored n, Locale locale) {
        String text = org.rbe.governance.notifications.internal.NoticeText.of(locale, n.key(), n.arguments());
        return n.link() == null ? text : text + "\n" + baseUrl + "/" + n.link();
    }

    private MimeMessage message(JavaMailSender sender, String to, String subject, String text) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text);
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build an e-mail to " + to, e);
        }
    }

    private static boolean deliver(JavaMailSender sender, List<MimeMessage> messages) {
        try {
            sender.send(messages.toArray(new MimeMessage[0]));
            return true;
        } catch (MailException e) {
            // kept in the outbox; the next run tries again
            log.warn("SMTP refused {} e-mails, kept for the next run: {}", messages.size(), e.getMessage());
            return false;
        }
    }
}

package org.rbe.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.notifications.MailOutbox;
import org.rbe.governance.notifications.NotificationSettings;
import org.rbe.governance.shared.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The deliberation issue's mail load: a jury of 500 is drawn, everyone in the population having an e-mail address on
 * file, and the 500 invitations go to a real SMTP server (GreenMail on a local port) by the application's own outbox
 * schedule (nothing here calls the outbox). Prints the seconds from the draw until the server has every invitation.
 */
@Tag("bench")
// its mail server stops with the class: the context goes too, or its outbox schedule would retry against nothing
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InvitationMailBench extends CycleTestSupport {
    private static final int SMTP_PORT = freePort();
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MailOutbox outbox;
    @Autowired
    NotificationSettings settings;
    @Autowired
    Sortition sortition;
    @Autowired
    CitizenRegistry registry;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Test
    void fiveHundredInvitationsReachTheSmtpServer() throws Exception {
        DecisionCaseView c = openCase("Invitation mail bench");
        people.reviewRound(c.id(), "APPROVE", null);
        // everyone has an address of their own on file (half chose English): whoever is drawn is mailed there
        List<CitizenProfile> everyone = registry.all();
        jdbc.batchUpdate("DELETE FROM contact WHERE username = ?", everyone.stream()
                .map(p -> new Object[] {p.username()}).toList());
        jdbc.batchUpdate("INSERT INTO contact (username, email, locale, digest) VALUES (?, ?, ?, ?)", everyone.stream()
                .map(p -> new Object[] {p.username(), p.username() + "@bench.example.org", p.id() % 2 == 0 ? "en" : "ru",
                    false}).toList());
        outbox.send();
        smtp.reset();

        long start = System.nanoTime();
        people.closeEthicsCheck(c.id(), "Nothing to veto.");
        long drawn = System.nanoTime();
        PanelView panel = sortition.currentPanel(c.id()).orElseThrow();
        Set<String> expected = new HashSet<>();
        for (MemberView m : panel.members()) {
            expected.add(m.username() + "@bench.example.org");
        }
        Set<String> invitations = Set.of(Messages.get(Locale.ENGLISH, "notifications.invited.jury", c.id()),
                Messages.get(Locale.forLanguageTag("ru"), "notifications.invited.jury", c.id()));
        Set<String> invited = new HashSet<>();
        int seen = 0;
        long firstAt = 0;
        long until = drawn + TimeUnit.SECONDS.toNanos(120);
        while (invited.size() < expected.size() && System.nanoTime() < until) {
            MimeMessage[] received = smtp.getReceivedMessages();
            for (; seen < received.length; seen++) {
                String first = text(received[seen]).lines().findFirst().orElse("");
                if (invitations.contains(first)) {
                    firstAt = firstAt == 0 ? System.nanoTime() : firstAt;
                    invited.add(received[seen].getAllRecipients()[0].toString());
                }
            }
            Thread.sleep(10);
        }
        long done = System.nanoTime();
        int all = smtp.getReceivedMessages().length;
        System.out.printf(Locale.ROOT, "BENCH invitation mail: jury of %d drawn in %.2f s (the ethics check closed, the"
                + " draw's public value entered, the panel drawn, its notices stored); %d invitations received by the SMTP"
                + " server %.2f s after the draw (the first %.2f s after it; %.2f s from the start of the step; %d e-mails"
                + " in all by then); outbox every %s, at once after a commit: %s%n", panel.members().size(),
                (drawn - start) / 1e9, invited.size(), (done - drawn) / 1e9, (firstAt - drawn) / 1e9,
                (done - start) / 1e9, all, settings.mailEvery(), settings.mailAtOnce());
        assertThat(invited).isEqualTo(expected);
    }

    private static String text(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.rbe.governance.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Notices reach people through a real SMTP server (GreenMail, in the test): every drawn juror's invitation, in their
 * language, once; the in-app centre lists the same notices; an SMTP outage loses none of them. The outbox runs only
 * when the test says (no schedule within the hour, no run after each commit).
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3925",
    "governance.notifications.mail-every=1h", "governance.notifications.mail-at-once=false"})
class NotificationMailTest extends CycleTestSupport {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MailOutbox outbox;
    @Autowired
    Notifications notifications;
    @Autowired
    Sortition sortition;
    @Autowired
    org.rbe.governance.proceedings.Deliberation deliberation;
    @Autowired
    org.rbe.governance.review.ExpertReview review;

    @Test
    void everyDrawnJurorIsInvitedByMailInTheirLanguageAndInTheApp() throws Exception {
        DecisionCaseView c = openCase("Mail");
        people.reviewRound(c.id(), "APPROVE", null);
        outbox.send();
        smtp.reset();
        people.closeEthicsCheck(c.id(), "Nothing to veto.");
        PanelView panel = sortition.currentPanel(c.id()).orElseThrow();

        // SMTP down: nothing is lost, the notices wait in the outbox
        smtp.stop();
        assertThat(outbox.send()).isZero();
        smtp.start();
        int sent = outbox.send();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received.length).isEqualTo(sent);
        List<String> invited = Arrays.stream(received).filter(m -> text(m).contains(" " + c.id() + "."))
                .map(m -> address(m)).toList();
        assertThat(invited).hasSizeGreaterThanOrEqualTo(panel.members().size());
        for (MemberView m : panel.members()) {
            assertThat(invited).contains(m.username() + "@citizens.demo.invalid");
        }
        MimeMessage first = Arrays.stream(received).filter(m -> address(m).equals(panel.members().get(0).username()
                + "@citizens.demo.invalid")).findFirst().orElseThrow();
        assertThat(text(first)).startsWith("Вы выбраны жребием в жюри по делу " + c.id() + ".")
                .contains("/jury");
        assertThat(outbox.send()).isZero();

        // a juror who gives an address of their own and chooses English is told in English that the expert answered
        MemberView asker = panel.members().get(1);
        currentUser.runAs("admin", () -> sortition.respond(panel.id(), asker.citizenId(), true));
        long question = currentUser.runAs(asker.username(), () -> {
            notifications.updateContact("maria@example.org", "en", false);
            return deliberation.ask(panel.id(), null, "How much is kept in reserve?");
        });
        currentUser.runAs(review.reviewersOf(c.id()).iterator().next(), () -> {
            deliberation.answer(question, "A fifth of a year's need.");
            return null;
        });
        smtp.reset();
        outbox.send();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> address(m).equals("maria@example.org"))
                .map(NotificationMailTest::text).toList()).singleElement().asString()
                .startsWith("Case " + c.id() + ": Technocrat");
        assertThatThrownBy(() -> currentUser.runAs(asker.username(), () -> {
            notifications.updateContact("maria at example", "en", false);
            return null;
        })).hasMessageContaining("does not look like an e-mail address");

        String juror = panel.members().get(0).username();
        List<NotificationView> mine = currentUser.runAs(juror, () -> notifications.mine(Locale.ENGLISH));
        assertThat(mine).anySatisfy(n -> {
            assertThat(n.text()).startsWith("You have been drawn by lot for the jury of case " + c.id());
            assertThat(n.link()).isEqualTo("jury");
        });
        assertThat(currentUser.runAs(juror, () -> notifications.unread())).isEqualTo(mine.size());
        currentUser.runAs(juror, () -> {
            notifications.markAllRead();
            return null;
        });
        assertThat(currentUser.runAs(juror, () -> notifications.unread())).isZero();
    }

    private static String text(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String address(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

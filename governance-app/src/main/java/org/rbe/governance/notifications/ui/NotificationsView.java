package org.rbe.governance.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.rbe.governance.notifications.Contact;
import org.rbe.governance.notifications.NotificationView;
import org.rbe.governance.notifications.Notifications;
import org.rbe.governance.ui.Notices;

/** The notification centre: the person's notices, newest first, and how they want to be reached. */
@Route("notifications")
@PageTitle("Notifications")
@Menu(order = 0.5, title = "nav.notifications")
@PermitAll
class NotificationsView extends VerticalLayout {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private final Notifications notifications;

    NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        setId("notifications");
        setMaxWidth("50em");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("notifications.title")), new Paragraph(getTranslation("notifications.intro")));
        List<NotificationView> mine = notifications.mine(getLocale());
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("notifications.empty"));
            empty.setId("notifications-empty");
            add(empty);
        } else {
            Button read = new Button(getTranslation("notifications.markAllRead"), e -> {
                notifications.markAllRead();
                render();
            });
            read.setId("mark-all-read");
            add(read);
            mine.forEach(n -> add(card(n)));
        }
        add(contactForm(notifications.myContact()));
    }

    private Div card(NotificationView n) {
        Div card = new Div();
        card.setId("notification-" + n.id());
        card.getStyle().set("border-left", "4px solid " + (n.read() ? "var(--lumo-contrast-20pct)"
                : "var(--lumo-primary-color)")).set("padding", "0 var(--lumo-space-s)").set("overflow-wrap", "anywhere");
        Span when = new Span(TIME.format(n.createdAt()));
        card.add(when);
        if (!n.read()) {
            Span badge = new Span(getTranslation("notifications.unread"));
            badge.getElement().getThemeList().add("badge primary");
            card.add(new Span(" "), badge);
        }
        card.add(new Paragraph(n.text()));
        if (n.link() != null) {
            card.add(new Anchor(n.link(), getTranslation("notifications.open")));
        }
        return card;
    }

    private VerticalLayout contactForm(Contact contact) {
        EmailField email = new EmailField(getTranslation("notifications.email"));
        email.setId("contact-email");
        email.setWidthFull();
        email.setValue(contact.email() == null ? "" : contact.email());
        Select<String> language = new Select<>();
        language.setId("contact-language");
        language.setLabel(getTranslation("notifications.language"));
        language.setItems("ru", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(contact.language());
        Checkbox digest = new Checkbox(getTranslation("notifications.digest"), contact.digest());
        digest.setId("contact-digest");
        Button save = new Button(getTranslation("notifications.save"), e -> {
            if (Notices.attempt(() -> notifications.updateContact(email.getValue(), language.getValue(),
                    digest.getValue()))) {
                Notices.success("notifications.saved");
            }
        });
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("notifications.contact")), email, language, digest,
                save);
        form.setPadding(false);
        return form;
    }
}

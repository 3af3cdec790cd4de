package org.rbe.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.TwoFactor;
import org.rbe.governance.shared.UserFacingException;

/**
 * Everyone's two-factor settings: whether the account has a second factor, setting one up (citizens may opt in) or
 * replacing it after re-entering the password; administrators also reset another account's, which is ledgered.
 */
@Route("two-factor")
@PageTitle("Two-factor authentication")
@Menu(order = 30, title = "nav.twoFactor")
@PermitAll
class TwoFactorView extends VerticalLayout {
    private final TwoFactor twoFactor;
    private final CurrentUser currentUser;

    TwoFactorView(TwoFactor twoFactor, CurrentUser currentUser) {
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
        setId("two-factor");
        setMaxWidth("40em");
        refresh();
    }

    private void refresh() {
        removeAll();
        Actor me = currentUser.actor();
        boolean enrolled = twoFactor.enrolled(me.username());
        Paragraph status = new Paragraph(getTranslation(enrolled ? "twoFactor.status.on"
                : twoFactor.required(me.username()) ? "twoFactor.status.required" : "twoFactor.status.off"));
        status.setId("two-factor-status");
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setId("two-factor-password");
        VerticalLayout enrolment = new VerticalLayout();
        enrolment.setPadding(false);
        Button start = new Button(getTranslation(enrolled ? "twoFactor.reenrol" : "twoFactor.enrol"), e -> {
            enrolment.removeAll();
            enrolment.add(new TwoFactorEnrolment(twoFactor, me.username(), password.getValue(), code -> {
                Notification.show(getTranslation("twoFactor.done"));
                refresh();
            }));
        });
        start.setId("two-factor-start");
        add(new H2(getTranslation("nav.twoFactor")), new Paragraph(getTranslation("twoFactor.intro")), status, password,
                start, enrolment);
        if (me.has(Role.ADMIN)) {
            TextField account = new TextField(getTranslation("twoFactor.resetAccount"));
            account.setId("two-factor-reset-account");
            Button reset = new Button(getTranslation("twoFactor.reset"), e -> {
                try {
                    twoFactor.reset(account.getValue().trim());
                    Notification.show(getTranslation("twoFactor.resetDone", account.getValue().trim()));
                    account.clear();
                } catch (UserFacingException ex) {
                    account.setInvalid(true);
                    account.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                }
            });
            reset.setId("two-factor-reset");
            add(new H3(getTranslation("twoFactor.resetTitle")), new Paragraph(getTranslation("twoFactor.resetIntro")),
                    account, reset);
        }
    }
}

package org.rbe.governance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.rbe.governance.security.Authentication;
import org.rbe.governance.shared.UserFacingException;

/** Login for every role; the public register is one link away for those who only want to read. */
@Route(value = "login", autoLayout = false)
@PageTitle("Login")
@AnonymousAllowed
class LoginView extends VerticalLayout {

    LoginView(Authentication authentication) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        LoginForm form = new LoginForm();
        form.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.errorTitle"));
        i18n.getErrorMessage().setMessage(getTranslation("error.badCredentials"));
        form.setI18n(i18n);
        form.addLoginListener(e -> {
            try {
                authentication.login(e.getUsername(), e.getPassword());
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (UserFacingException ex) {
                // a wrong password, or too many failed logins: the message says which
                i18n.getErrorMessage().setMessage(getTranslation(ex.messageKey(), ex.args()));
                form.setI18n(i18n);
                form.setError(true);
            }
        });
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.hint")), form,
                new Anchor("register", getTranslation("nav.register")));
    }
}

package org.rbe.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.rbe.governance.security.Authentication;
import org.rbe.governance.security.SecondFactorNeeded;
import org.rbe.governance.security.TwoFactor;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Value;

/**
 * Login for every role; the public register is one link away for those who only want to read. Accounts with a second
 * factor give the code from their authenticator app in a second step; staff without one enrol here first
 * ({@link TwoFactorEnrolment}).
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Login")
@AnonymousAllowed
class LoginView extends VerticalLayout {
    private final Authentication authentication;
    private final TwoFactor twoFactor;
    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final VerticalLayout secondStep = new VerticalLayout();

    LoginView(Authentication authentication, TwoFactor twoFactor,
              @Value("${governance.demo.enabled:true}") boolean demo) {
        this.authentication = authentication;
        this.twoFactor = twoFactor;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setForgotPasswordButtonVisible(false);
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.errorTitle"));
        i18n.getErrorMessage().setMessage(getTranslation("error.badCredentials"));
        form.setI18n(i18n);
        form.addLoginListener(e -> attempt(e.getUsername(), e.getPassword(), null));
        secondStep.setId("login-second-step");
        secondStep.setVisible(false);
        secondStep.setMaxWidth("28em");
        secondStep.setPadding(false);
        add(new H1(getTranslation("app.name")));
        if (demo) {
            add(new Paragraph(getTranslation("login.hint")));
        }
        add(form, secondStep,
                new Anchor("register", getTranslation("nav.register")));
    }

    private void attempt(String username, String password, String code) {
        try {
            authentication.login(username, password, code);
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (SecondFactorNeeded needed) {
            form.setVisible(false);
            secondStep.removeAll();
            secondStep.setVisible(true);
            if (needed.enrol()) {
                secondStep.add(new Paragraph(getTranslation("login.enrolRequired")), new TwoFactorEnrolment(twoFactor, username, password,
                        confirmedCode -> attempt(username, password, confirmedCode)));
            } else {
                askForCode(username, password);
            }
        } catch (UserFacingException ex) {
            if (secondStep.isVisible()) {
                secondStep.getChildren().filter(TextField.class::isInstance).map(TextField.class::cast).findFirst()
                        .ifPresentOrElse(f -> {
                            f.setInvalid(true);
                            f.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                        }, () -> secondStep.add(new Paragraph(getTranslation(ex.messageKey(), ex.args()))));
                return;
            }
            // a wrong password, or too many failed logins: the message says which
            i18n.getErrorMessage().setMessage(getTranslation(ex.messageKey(), ex.args()));
            form.setI18n(i18n);
            form.setError(true);
        }
    }

    private void askForCode(String username, String password) {
        TextField code = new TextField(getTranslation("login.code"));
        code.setId("login-code");
        code.setHelperText(getTranslation("login.codeHelp"));
        code.setAutofocus(true);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        Button submit = new Button(getTranslation("login.submit"), e -> attempt(username, password, code.getValue()));
        submit.setId("login-code-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        secondStep.add(new Paragraph(getTranslation("login.codeRequired")), code, submit);
    }
}

package org.rbe.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.rbe.governance.security.TwoFactor;
import org.rbe.governance.shared.UserFacingException;

/**
 * Enrolment in two-factor authentication: the QR code (and the secret as text, for apps without a camera), a field
 * for the first code, then the recovery codes, shown once. {@code done} receives the confirming code.
 */
public class TwoFactorEnrolment extends VerticalLayout {

    public TwoFactorEnrolment(TwoFactor twoFactor, String username, String password, Consumer<String> done) {
        setId("two-factor-enrolment");
        setPadding(false);
        TwoFactor.Enrolment enrolment;
        try {
            enrolment = twoFactor.begin(username, password);
        } catch (UserFacingException e) {
            add(new Paragraph(getTranslation(e.messageKey(), e.args())));
            return;
        }
        Image qr = new Image(enrolment.qrCodeDataUri(), getTranslation("twoFactor.qrAlt"));
        qr.setId("two-factor-qr");
        qr.setWidth("200px");
        Span secret = new Span(enrolment.secret());
        secret.setId("two-factor-secret");
        secret.getStyle().set("font-family", "monospace").set("overflow-wrap", "anywhere");
        TextField code = new TextField(getTranslation("login.code"));
        code.setId("two-factor-code");
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        Button confirm = new Button(getTranslation("twoFactor.confirm"));
        confirm.setId("two-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            try {
                List<String> recovery = twoFactor.confirm(username, password, code.getValue());
                String confirmed = code.getValue();
                removeAll();
                UnorderedList list = new UnorderedList();
                list.setId("two-factor-recovery");
                recovery.forEach(c -> list.add(new ListItem(c)));
                list.getStyle().set("font-family", "monospace");
                Button next = new Button(getTranslation("twoFactor.continue"), click -> done.accept(confirmed));
                next.setId("two-factor-continue");
                next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(new Paragraph(getTranslation("twoFactor.recoveryIntro")), list, next);
            } catch (UserFacingException ex) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        add(new Paragraph(getTranslation("twoFactor.enrolIntro")), qr, new Div(new Span(getTranslation("twoFactor.secret")
                + " "), secret), code, confirm);
    }
}

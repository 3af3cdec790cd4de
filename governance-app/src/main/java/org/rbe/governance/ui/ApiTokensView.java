package org.rbe.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.rbe.governance.security.ApiTokens;
import org.rbe.governance.shared.UserFacingException;

/**
 * Everyone's personal API tokens: a script that calls the REST API sends one instead of a password (staff must, since
 * their login needs a second factor). A new token is shown once; each can be revoked. Issuing and revoking are ledgered.
 */
@Route("api-tokens")
@PageTitle("API tokens")
@Menu(order = 31, title = "nav.apiTokens")
@PermitAll
class ApiTokensView extends VerticalLayout {
    private final ApiTokens tokens;
    private final VerticalLayout list = new VerticalLayout();
    private final Div issued = new Div();

    ApiTokensView(ApiTokens tokens) {
        this.tokens = tokens;
        setId("api-tokens");
        setMaxWidth("40em");
        TextField label = new TextField(getTranslation("apiTokens.label"));
        label.setId("api-token-label");
        label.setMaxLength(80);
        label.setWidthFull();
        Button create = new Button(getTranslation("apiTokens.create"), e -> {
            try {
                show(tokens.issue(label.getValue()));
                label.clear();
                label.setInvalid(false);
            } catch (UserFacingException ex) {
                label.setInvalid(true);
                label.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        create.setId("api-token-create");
        list.setPadding(false);
        issued.setWidthFull();
        add(new H2(getTranslation("nav.apiTokens")), new Paragraph(getTranslation("apiTokens.intro", ApiTokens.LIFETIME_DAYS)),
                label, create, issued, list);
        refresh();
    }

    private void show(ApiTokens.Issued token) {
        Pre secret = new Pre(token.secret());
        secret.setId("api-token-secret");
        secret.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
        issued.removeAll();
        issued.add(new Paragraph(getTranslation("apiTokens.shownOnce")), secret,
                new Paragraph(getTranslation("apiTokens.usage")));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneOffset.UTC);
        var mine = tokens.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("apiTokens.none")));
        }
        for (ApiTokens.Token t : mine) {
            Paragraph text = new Paragraph(getTranslation(t.revoked() ? "apiTokens.revoked" : "apiTokens.live", t.label(),
                    date.format(t.createdAt()), date.format(t.expiresAt())));
            HorizontalLayout row = new HorizontalLayout(text);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (!t.revoked()) {
                Button revoke = new Button(getTranslation("apiTokens.revoke"), e -> {
                    tokens.revoke(t.id());
                    refresh();
                });
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                revoke.setId("api-token-revoke-" + t.id());
                row.add(revoke);
            }
            list.add(row);
        }
    }
}

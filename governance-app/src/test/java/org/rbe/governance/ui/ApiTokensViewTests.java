package org.rbe.governance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.security.ApiTokens;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.testing.BrowserlessUi;

/** The API tokens page: a named token is shown once, listed without its secret, and can be revoked; a bad name is explained. */
class ApiTokensViewTests {
    private final FakeTokens tokens = new FakeTokens();

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(ApiTokensView.class);
        BrowserlessUi.show(new ApiTokensView(tokens));
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    @Test
    void aNewTokenIsShownOnceThenListedAndRevocable() {
        assertThat(texts()).contains("You have no API tokens.");
        _get(TextField.class, spec -> spec.withId("api-token-label")).setValue("sensor uploads");
        _click(_get(Button.class, spec -> spec.withId("api-token-create")));
        assertThat(_get(Pre.class, spec -> spec.withId("api-token-secret")).getText()).isEqualTo("gov_secret1");
        assertThat(texts()).anyMatch(t -> t.startsWith("sensor uploads: created") && t.contains("valid until"))
                .noneMatch(t -> t.startsWith("sensor") && t.contains("gov_secret1"));
        _click(_get(Button.class, spec -> spec.withId("api-token-revoke-1")));
        assertThat(tokens.list).singleElement().satisfies(t -> assertThat(t.revoked()).isTrue());
        assertThat(texts()).anyMatch(t -> t.startsWith("sensor uploads: created") && t.endsWith("revoked"));
        assertThat(_find(Button.class, spec -> spec.withId("api-token-revoke-1"))).isEmpty();
    }

    @Test
    void aMissingNameIsExplainedNextToTheField() {
        _click(_get(Button.class, spec -> spec.withId("api-token-create")));
        TextField label = _get(TextField.class, spec -> spec.withId("api-token-label"));
        assertThat(label.isInvalid()).isTrue();
        assertThat(label.getErrorMessage()).isEqualTo("Give the token a name of 1 to 80 characters.");
        assertThat(tokens.list).isEmpty();
    }

    private static List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private static final class FakeTokens implements ApiTokens {
        final List<Token> list = new ArrayList<>();

        @Override
        public Issued issue(String label) {
            if (label == null || label.isBlank()) {
                throw new UserFacingException("apiTokens.error.label");
            }
            Instant now = Instant.parse("2027-01-31T09:00:00Z");
            Token t = new Token(list.size() + 1, label, now, now.plusSeconds(90L * 86400), false);
            list.add(0, t);
            return new Issued(t, "gov_secret" + t.id());
        }

        @Override
        public List<Token> mine() {
            return List.copyOf(list);
        }

        @Override
        public void revoke(long id) {
            list.replaceAll(t -> t.id() == id ? new Token(t.id(), t.label(), t.createdAt(), t.expiresAt(), true) : t);
        }
    }
}

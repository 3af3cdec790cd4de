package org.rbe.governance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.api.ApiTestSupport;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Personal API tokens over real HTTP: they act as their holder until revoked or expired, and are stored only as hashes. */
class ApiTokensHttpTests extends ApiTestSupport {
    @Autowired
    ApiTokens tokens;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AuditLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTokens() {
        jdbc.update("DELETE FROM api_token");
    }

    @Test
    void aTokenActsAsItsHolderUntilRevokedAndIsStoredOnlyAsAHash() {
        ApiTokens.Issued admin = currentUser.runAs("admin", () -> tokens.issue("nightly export"));
        ApiTokens.Issued clerk = currentUser.runAs("clerk1", () -> tokens.issue("clerk's script"));
        assertThat(bearer("/api/sanctions", admin.secret()).statusCode()).isEqualTo(200);
        assertThat(bearer("/api/sanctions", clerk.secret()).statusCode()).as("a clerk's token has a clerk's rights").isEqualTo(403);
        HttpResponse<String> wrong = bearer("/api/sanctions", admin.secret() + "x");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(bearer("/api/sanctions", "not-a-token").statusCode()).isEqualTo(401);

        for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM api_token")) {
            assertThat(row.values()).extracting(String::valueOf).noneMatch(v -> v.contains(admin.secret()) || v.contains(clerk.secret()));
        }
        assertThat(currentUser.runAs("admin", () -> tokens.mine())).extracting(ApiTokens.Token::label).containsExactly("nightly export");

        currentUser.runAs("admin", () -> {
            tokens.revoke(admin.token().id());
            return null;
        });
        assertThat(bearer("/api/sanctions", admin.secret()).statusCode()).isEqualTo(401);
        assertThat(currentUser.runAs("admin", () -> tokens.mine())).singleElement().satisfies(t -> assertThat(t.revoked()).isTrue());
        assertThatThrownBy(() -> currentUser.runAs("clerk1", () -> {
            tokens.revoke(admin.token().id());
            return null;
        })).hasFieldOrPropertyWithValue("messageKey", "apiTokens.error.unknown");
        List<LedgerEntry> entries = ledger.entries(0, 1_000_000).stream().filter(e -> e.subject().equals("account:admin")
                && e.type().startsWith("API_TOKEN_")).toList();
        assertThat(entries).extracting(LedgerEntry::type).containsExactly("API_TOKEN_ISSUED", "API_TOKEN_REVOKED");
        assertThat(entries).allSatisfy(e -> assertThat(e.toString()).doesNotContain(admin.secret()));
    }

    @Test
    void aTokenExpiresAfterItsLifetimeAndALabelIsRequired() {
        ApiTokens.Issued token = currentUser.runAs("admin", () -> tokens.issue("short-lived"));
        assertThat(token.token().expiresAt()).isEqualTo(token.token().createdAt().plus(Duration.ofDays(ApiTokens.LIFETIME_DAYS)));
        clock.moveTo(token.token().expiresAt().minusSeconds(60));
        assertThat(bearer("/api/sanctions", token.secret()).statusCode()).isEqualTo(200);
        clock.moveTo(token.token().expiresAt().plusSeconds(1));
        assertThat(bearer("/api/sanctions", token.secret()).statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> currentUser.runAs("admin", () -> tokens.issue("  "))).hasFieldOrPropertyWithValue("messageKey",
                "apiTokens.error.label");
        assertThatThrownBy(() -> currentUser.runAs("admin", () -> tokens.issue("x".repeat(81))))
                .hasFieldOrPropertyWithValue("messageKey", "apiTokens.error.label");
    }

    private HttpResponse<String> bearer(String path, String token) {
        return send(request(path, null).header("Authorization", "Bearer " + token).GET().build());
    }
}

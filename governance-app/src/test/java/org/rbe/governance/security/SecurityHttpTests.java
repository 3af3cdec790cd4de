package org.rbe.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbe.governance.api.ApiTestSupport;

/** The doors around the roles, over real HTTP: headers, the API's own authentication, throttling, body caps, links. */
class SecurityHttpTests extends ApiTestSupport {

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/public/decisions.json", "/api/sanctions", "/api/no-such-endpoint", "/login")) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            // Served over plain HTTP here: no HSTS (a browser would ignore it anyway)
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void theApiTakesOnlyCredentialsOnTheRequestNeverASessionCookie() {
        HttpResponse<String> withCookie = send(request("/api/sanctions", null).header("Cookie", "JSESSIONID=planted")
                .header("Origin", "https://evil.example").GET().build());
        assertThat(withCookie.statusCode()).isEqualTo(401);
        assertThat(withCookie.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("BASIC"));
        HttpResponse<String> basic = get("/api/sanctions", "admin");
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(basic.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void repeatedWrongPasswordsAreSlowedThenRefusedWith429AndRetryAfterWhileOtherAccountsStillLogIn() {
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            codes.add(basic("clerk2", "wrong" + i).statusCode());
        }
        assertThat(codes.subList(0, 10)).containsOnly(401);
        assertThat(codes.subList(10, 12)).containsOnly(429);
        HttpResponse<String> owner = basic("clerk2", "demo");
        assertThat(owner.statusCode()).isEqualTo(429);
        assertThat(owner.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(s ->
                assertThat(s).isBetween(1L, 60L));
        assertThat(owner.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(owner.body()).contains("too-many-login-attempts");
        assertThat(basic("clerk1", "demo").statusCode()).isNotEqualTo(429).isNotEqualTo(401);

        // A minute later (the clock moved on) the owner logs in, which clears the account's count.
        clock.moveTo(clock.instant().plusSeconds(61));
        assertThat(basic("clerk2", "demo").statusCode()).as("logged in; sanctions are the administrator's").isEqualTo(403);
        assertThat(basic("clerk2", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void bodiesOverTheCapAreRefusedWhateverThePathSpellingAndWithoutBeingRead() throws IOException {
        String big = "{\"x\":\"" + "a".repeat(20_000) + "\"}";
        for (String path : List.of("/api/sanctions", "/%61pi/sanctions", "/api//sanctions")) {
            HttpResponse<String> response = send(request(path, "admin").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(big)).build());
            assertThat(response.statusCode()).as(path).isEqualTo(413);
            assertThat(response.body()).as(path).contains("payload-too-large");
        }
        // A raw body over the upload cap to an anonymous page is refused from its Content-Length alone.
        assertThat(raw("POST /verify HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Length: " + 150L * 1024 * 1024 + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 413");
    }

    @Test
    void openDataLinksComeFromThePublicBaseUrlNotFromTheHostHeader() throws IOException {
        String answer = raw("GET /public/decisions.atom HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                .contains("href=\"https://register.example.org/public/decisions.atom\"");
    }

    private HttpResponse<String> basic(String username, String password) {
        return send(request("/api/sanctions", null).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build());
    }

    /** Sends {@code head} as it is (a Host header of one's choosing, a Content-Length without the body) and reads the answer. */
    private String raw(String head) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            if (head.startsWith("GET")) {
                in.transferTo(all);
            } else {
                // the server answers at once but would wait for the announced body: read the status line and go
                for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                    all.write(b);
                }
            }
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}

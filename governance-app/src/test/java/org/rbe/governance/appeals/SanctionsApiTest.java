package org.rbe.governance.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rbe.governance.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** {@code /api/sanctions} over real HTTP: administrators only, HTTP Basic, problem+json errors, nothing stored on refusal. */
@ActiveProfiles("test")
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"})
class SanctionsApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    @Test
    void anAdministratorRecordsAndReadsASanction() throws Exception {
        String body = sanction(7321, 2);
        HttpResponse<String> created = send(post(body).header("Authorization", basic("admin")));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/sanctions/"));
        assertThat(created.body()).contains("\"citizenId\":7321", "\"level\":2", "\"status\":\"ACTIVE\"");
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> one = send(request(location).header("Authorization", basic("admin")).GET());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"ruleCode\":\"R-2.1\"");
        HttpResponse<String> all = send(request("/api/sanctions").header("Authorization", basic("admin")).GET());
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).startsWith("[").contains("\"citizenId\":7321");
    }

    @Test
    void withoutCredentialsOrAsAnyoneButAnAdministratorNothingIsRecorded() throws Exception {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM sanction", Integer.class);
        HttpResponse<String> anonymous = send(post(sanction(7322, 1)));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> citizen = send(post(sanction(7322, 1)).header("Authorization", basic("citizen00500")));
        assertThat(citizen.statusCode()).isEqualTo(403);
        assertThat(citizen.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        HttpResponse<String> wrongPassword = send(post(sanction(7322, 1))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:nope".getBytes())));
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        HttpResponse<String> badLevel = send(post(sanction(7322, 5)).header("Authorization", basic("admin")));
        assertThat(badLevel.statusCode()).isEqualTo(400);
        assertThat(badLevel.body()).contains("level must be 1, 2 or 3");
        HttpResponse<String> malformed = send(post("{\"citizenId\": ").header("Authorization", basic("admin")));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sanction", Integer.class)).isEqualTo(before);
    }

    private HttpRequest.Builder post(String json) {
        return request("/api/sanctions").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private String sanction(long citizenId, int level) {
        return "{\"citizenId\": " + citizenId + ", \"ruleCode\": \"R-" + level + ".1\", \"ruleText\": \"Overuse of a quota\","
                + " \"level\": " + level + ", \"measure\": \"Access cut by 50% for 30 days\", \"isolation\": false,"
                + " \"evidence\": \"Meter log of three days\", \"imposedOn\": \"" + clock.today() + "\"}";
    }
}

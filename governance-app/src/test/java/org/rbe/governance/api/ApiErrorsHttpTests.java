package org.rbe.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every error path of the API answers problem+json with a stable type, names the field, coerces nothing, stores nothing. */
class ApiErrorsHttpTests extends ApiTestSupport {
    private static final String GOOD = "{\"citizenId\":4242,\"ruleCode\":\"R-1.1\",\"ruleText\":\"Overuse\",\"level\":1,"
            + "\"measure\":\"Cut by 50%\",\"isolation\":false,\"evidence\":\"Meter log\",\"imposedOn\":\"2026-06-10\"}";
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
        "GET, /api/no-such-endpoint, admin, 404, not-found",
        "DELETE, /api/sanctions, admin, 405, method-not-allowed",
        "GET, /api/sanctions/abc, admin, 400, invalid-request",
        "GET, /api/sanctions/999999, admin, 404, not-found",
        // not entitled: the same answer whether the sanction exists or not
        "GET, /api/sanctions/999999, citizen00100, 403, forbidden",
        "GET, /public/decisions/999999/minutes.pdf, , 404, not-found"})
    void errorsAreProblemJsonWithAStableType(String method, String path, String user, int status, String type) {
        HttpResponse<String> response = send(request(path, user == null || user.isBlank() ? null : user)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"/api/problems/" + type + "\"")
                .doesNotContain("Exception", "org.rbe", "at java.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a level of 1.9|\"level\":1|\"level\":1.9|Field 'level'",
        "a number as a string|\"citizenId\":4242|\"citizenId\":\"4242\"|Field 'citizenId'",
        "an unknown field|\"level\":1|\"level\":1,\"surprise\":true|Unknown field 'surprise'",
        "a missing field|\"isolation\":false,|''|Field 'isolation' is required",
        "a date before the constitution|2026-06-10|2020-01-10|before the constitution took effect",
        "a boolean as a number|\"isolation\":false|\"isolation\":0|Field 'isolation'"})
    void bodiesAreReadStrictlyWithTheFieldNamedAndNothingStored(String what, String from, String to, String message) {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM sanction", Integer.class);
        String body = GOOD.replace(from, to.equals("''") ? "" : to);
        assertThat(body).as(what).isNotEqualTo(GOOD);
        HttpResponse<String> response = send(request("/api/sanctions", "admin").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(what).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).as(what).contains(message).doesNotContain("com.fasterxml", "org.rbe");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sanction", Integer.class)).isEqualTo(before);
    }
}

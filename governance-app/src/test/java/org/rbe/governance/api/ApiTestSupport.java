package org.rbe.governance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.rbe.governance.cycle.CycleTestSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application with its web server on a random port (Vaadin off), for tests of the REST API over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"})
public abstract class ApiTestSupport extends CycleTestSupport {
    protected static final ObjectMapper JSON = new ObjectMapper();
    protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(60)).build();
    protected Duration timeout = Duration.ofSeconds(30);
    @LocalServerPort
    protected int port;

    protected HttpRequest.Builder request(String path, String username) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(timeout);
        if (username != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    protected HttpResponse<String> cast(String username, long voteId, String key, String body) {
        HttpRequest.Builder b = request("/api/votes/" + voteId + "/ballots", username).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return send(b.build());
    }

    protected HttpResponse<String> get(String path, String username) {
        return send(request(path, username).GET().build());
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

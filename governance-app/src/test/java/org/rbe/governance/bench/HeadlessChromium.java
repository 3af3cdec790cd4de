package org.rbe.governance.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium driven over the DevTools protocol (a WebSocket, no Selenium): it loads a page and reports when
 * the page's own clock (milliseconds since the navigation started) saw a number of elements in the DOM.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** The time the page took, by its own clock: DOMContentLoaded, load, and the elements being in the DOM. */
    record Load(double domContentLoadedMs, double loadMs, double elementsMs, int elements, double wallMs) {
    }

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The browser binary, if one is installed. */
    static Optional<String> binary() {
        for (String b : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(b))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    static HeadlessChromium start(String binary) throws Exception {
        Path profile = Files.createTempDirectory("bench-chromium");
        Process p = new ProcessBuilder(binary, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank").redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path active = profile.resolve("DevToolsActivePort");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(active) || Files.readAllLines(active).size() < 2) {
            if (System.nanoTime() > until || !p.isAlive()) {
                p.destroyForcibly();
                throw new IllegalStateException("Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(active).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        String page = null;
        for (JsonNode t : targets) {
            if ("page".equals(t.path("type").asText())) {
                page = t.path("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (page == null) {
            p.destroyForcibly();
            throw new IllegalStateException("Chromium has no page: " + targets);
        }
        HeadlessChromium[] self = new HeadlessChromium[1];
        StringBuilder partial = new StringBuilder();
        WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String message = partial.toString();
                    partial.setLength(0);
                    self[0].received(message);
                }
                w.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        self[0] = new HeadlessChromium(p, profile, ws);
        return self[0];
    }

    private void received(String message) {
        try {
            JsonNode m = JSON.readTree(message);
            if (m.has("id")) {
                CompletableFuture<JsonNode> f = replies.remove(m.get("id").asInt());
                if (f != null) {
                    f.complete(m);
                }
            }
        } catch (IOException e) {
            // not JSON: ignored
        }
    }

    JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        ObjectNode m = JSON.createObjectNode().put("id", id).put("method", method);
        m.set("params", JSON.valueToTree(params));
        socket.sendText(m.toString(), true).get(30, TimeUnit.SECONDS);
        JsonNode r = reply.get(120, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IllegalStateException(method + ": " + r.get("error"));
        }
        return r.path("result");
    }

    private JsonNode evaluate(String expression) throws Exception {
        return call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true)).path("result").path("value");
    }

    /**
     * Loads {@code url} afresh and waits until the JavaScript expression {@code ready} is true; the page's clock
     * starts with the navigation, so the figure is what a reader waits, from the request on. {@code count} (an
     * expression) is reported with it.
     */
    Load load(String url, String ready, String count, Duration timeout) throws Exception {
        call("Page.enable", Map.of());
        String watch = "(function(){window.__benchAt=undefined;function check(){if(" + ready + "){"
                + "window.__benchAt=performance.now();window.__benchN=" + count + ";}"
                + "else{requestAnimationFrame(check);}}requestAnimationFrame(check);})();";
        String script = call("Page.addScriptToEvaluateOnNewDocument", Map.of("source", watch)).path("identifier").asText();
        try {
            long start = System.nanoTime();
            call("Page.navigate", Map.of("url", url));
            long until = start + timeout.toNanos();
            while (true) {
                JsonNode at = evaluate("window.__benchAt === undefined ? null : [window.__benchAt, window.__benchN,"
                        + " performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,"
                        + " performance.getEntriesByType('navigation')[0].loadEventEnd]");
                if (at != null && at.isArray()) {
                    double wall = (System.nanoTime() - start) / 1e6;
                    return new Load(at.get(2).asDouble(), at.get(3).asDouble(), at.get(0).asDouble(), at.get(1).asInt(), wall);
                }
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("after " + timeout + " the page at " + url + " is not ready (" + ready
                            + "): " + evaluate(count));
                }
                Thread.sleep(20);
            }
        } finally {
            call("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
    }

    /** Milliseconds, by the page's clock, from running {@code action} until {@code ready} is true. */
    double timeInPage(String action, String ready) throws Exception {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", "new Promise(function(resolve){var t0=performance.now();"
                + action + ";(function check(){if(" + ready + "){resolve(performance.now()-t0);}"
                + "else{requestAnimationFrame(check);}})();})", "awaitPromise", true, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException(action + ": " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value").asDouble();
    }

    @Override
    public void close() throws Exception {
        try {
            socket.abort();
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}

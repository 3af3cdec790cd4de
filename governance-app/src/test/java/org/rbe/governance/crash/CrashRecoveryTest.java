package org.rbe.governance.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.ledger.LedgerVerification;
import org.rbe.governance.ledger.internal.LedgerVerifyMode;

/**
 * Crash: the application runs as a child process on an H2 file database; jurors cast over HTTP from many threads
 * and the process is killed with SIGKILL mid-way. Every acknowledged ballot must be in the database, none doubled,
 * the ledger intact; after a restart the retried requests get their first answers, the vote continues and closes, and
 * the process instance moves on from where it waited. Slow (two application starts): tag "crash", run with
 * {@code mvn -B verify -Pcrash}.
 */
@Tag("crash")
class CrashRecoveryTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void acknowledgedBallotsSurviveASigkillAndTheVoteAndProcessCarryOn(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path fixture = dir.resolve("fixture.txt");
        // as in application.yml: WRITE_DELAY=0 writes each commit to the file before the commit returns
        String db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";MODE=LEGACY;WRITE_DELAY=0";
        Process app = start(dir, port, db, fixture);
        List<String> lines = Files.readAllLines(fixture);
        long voteId = Long.parseLong(lines.get(0));
        String processInstance = lines.get(1);
        String option = lines.get(2).split(",")[0];
        List<String> jurors = lines.subList(3, lines.size());
        assertThat(jurors).hasSize(500);

        // Cast from 24 threads; kill -9 once 150 ballots are acknowledged.
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(150);
        ExecutorService pool = Executors.newFixedThreadPool(24);
        for (String juror : jurors) {
            pool.submit(() -> {
                if (killed.get()) {
                    return;
                }
                try {
                    HttpResponse<String> r = cast(port, juror, voteId, option);
                    if (r.statusCode() == 201) {
                        acknowledged.put(juror, r.body());
                        enough.countDown();
                    }
                } catch (IOException | InterruptedException connectionLost) {
                    // the server died mid-request: not acknowledged
                }
            });
        }
        assertThat(enough.await(5, TimeUnit.MINUTES)).isTrue();
        app.destroyForcibly();
        killed.set(true);
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        System.out.println("CRASH killed after " + acknowledged.size() + " acknowledged ballots; exit " + app.exitValue());
        assertThat(app.exitValue()).isEqualTo(137);

        try (Connection c = DriverManager.getConnection(db, "sa", "")) {
            for (String body : acknowledged.values()) {
                String receipt = body.replaceAll(".*\"receipt\":\"([0-9a-f]{64})\".*", "$1");
                assertThat(count(c, "SELECT COUNT(*) FROM ballot WHERE is_current AND receipt = '" + receipt + "'")).isEqualTo(1);
            }
            int current = count(c, "SELECT COUNT(*) FROM ballot WHERE vote_id = " + voteId + " AND is_current");
            assertThat(current).isGreaterThanOrEqualTo(acknowledged.size())
                    .isEqualTo(count(c, "SELECT COUNT(*) FROM vote_eligible WHERE vote_id = " + voteId + " AND voted"))
                    .isEqualTo(count(c, "SELECT COUNT(*) FROM ballot WHERE vote_id = " + voteId))
                    .isEqualTo(count(c, "SELECT COUNT(*) FROM api_idempotency WHERE idem_key LIKE 'crash-%'"))
                    .isEqualTo(count(c, "SELECT COUNT(*) FROM ledger_entry WHERE entry_type = 'BALLOT_RECEIPT' AND subject = 'vote:"
                            + voteId + "'"));
            LedgerVerification ledger = LedgerVerifyMode.verify(c);
            assertThat(ledger.ok()).as(ledger.line()).isTrue();
            System.out.println("CRASH after SIGKILL: " + current + " ballots stored, all " + acknowledged.size()
                    + " acknowledged among them; ledger " + ledger.line());
        }

        // Restart on the same database: every juror (re)sends their request with the same key.
        app = start(dir, port, db, fixture);
        try {
            int replayed = 0;
            for (String juror : jurors) {
                HttpResponse<String> r = cast(port, juror, voteId, option);
                assertThat(r.statusCode()).as(juror + ": " + r.body()).isEqualTo(201);
                if (acknowledged.containsKey(juror)) {
                    assertThat(r.body()).isEqualTo(acknowledged.get(juror));
                    assertThat(r.headers().firstValue("Idempotent-Replayed")).contains("true");
                    replayed++;
                }
            }
            assertThat(replayed).isEqualTo(acknowledged.size());
            HttpResponse<String> result = null;
            for (int i = 0; i < 120; i++) {
                result = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/votes/" + voteId
                        + "/result")).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (result.statusCode() == 200) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
            assertThat(result.body()).contains("\"ballots\":500");
        } finally {
            app.destroy();
            app.waitFor(60, TimeUnit.SECONDS);
        }
        try (Connection c = DriverManager.getConnection(db, "sa", "")) {
            assertThat(count(c, "SELECT COUNT(*) FROM ballot WHERE vote_id = " + voteId)).isEqualTo(500);
            assertThat(count(c, "SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ = '" + processInstance
                    + "' AND TASK_DEF_KEY_ = 'Task_PublishDecision'")).isEqualTo(1);
            assertThat(LedgerVerifyMode.verify(c).ok()).isTrue();
        }
    }

    private HttpResponse<String> cast(int port, String juror, long voteId, String option) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/votes/" + voteId + "/ballots"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((juror + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Idempotency-Key", "crash-" + juror).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"option\":\"" + option + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Process start(Path dir, int port, String db, Path fixture) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", classpath, CrashTestApp.class.getName(),
                "--server.port=" + port, "--spring.datasource.url=" + db, "--crash.fixture=" + fixture,
                "--governance.minutes.dev-keystore-path=" + dir.resolve("dev-signing.p12"),
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        File log = dir.resolve("app-" + System.nanoTime() + ".log").toFile();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (var w = Files.newBufferedWriter(log.toPath())) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    w.write(line);
                    w.newLine();
                    w.flush();
                    if (line.equals("READY")) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        if (!ready.await(8, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("The application did not start: " + Files.readString(log.toPath()));
        }
        return p;
    }

    private static int count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

package org.rbe.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.MerkleTree;
import org.rbe.governance.voting.OpenVoteFixture;
import org.rbe.governance.voting.VoteRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The REST API over real HTTP through Shiro: casting, idempotent retries, receipts, proofs and every refusal. */
class VotingApiTest extends ApiTestSupport {
    private static OpenVoteFixture vote;
    @Autowired
    Sortition sortition;
    @Autowired
    BallotBox ballots;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aVoteOfFiveHundred() {
        if (vote == null) {
            vote = OpenVoteFixture.open(this, people, sortition, ballots, currentUser, "API vote", VoteRules.standard(),
                    clock.instant().plus(Duration.ofHours(2)));
        }
    }

    private String juror(int i) {
        return vote.jurors().get(i).username();
    }

    private int ballotsStored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ballot WHERE vote_id = ?", Integer.class, vote.voteId());
    }

    private String option(int i) {
        return "{\"option\":\"" + vote.options().get(i) + "\"}";
    }

    @Test
    void aCastGivesAReceiptAndARetryWithTheSameKeyGetsTheSameAnswerWithoutASecondBallot() {
        int before = ballotsStored();
        HttpResponse<String> first = cast(juror(0), vote.voteId(), "kiosk-7-0001", option(0));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).contains("false");
        String receipt = json(first).get("receipt").asText();
        assertThat(receipt).hasSize(64);

        HttpResponse<String> retry = cast(juror(0), vote.voteId(), "kiosk-7-0001", option(0));
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(ballotsStored()).isEqualTo(before + 1);

        HttpResponse<String> mine = get("/api/votes/" + vote.voteId() + "/my-receipt", juror(0));
        assertThat(json(mine).get("receipt").asText()).isEqualTo(receipt);

        HttpResponse<String> otherBody = cast(juror(0), vote.voteId(), "kiosk-7-0001", option(1));
        assertProblem(otherBody, 422, "idempotency-key-reused");
        HttpResponse<String> newKey = cast(juror(0), vote.voteId(), "kiosk-7-0002", option(1));
        assertProblem(newKey, 409, "already-voted");
        assertThat(ballotsStored()).isEqualTo(before + 1);
    }

    @Test
    void theSameRequestSentManyTimesAtOnceCastsOneBallot() throws Exception {
        int before = ballotsStored();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> cast(juror(1), vote.voteId(), "double-click", option(0))));
        }
        List<String> bodies = new ArrayList<>();
        for (Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            bodies.add(r.body());
        }
        pool.shutdown();
        assertThat(bodies).containsOnly(bodies.get(0));
        assertThat(ballotsStored()).isEqualTo(before + 1);
    }

    @Test
    void credentialsAreRequiredAndCheckedAsAnApiShould() {
        HttpResponse<String> anonymous = cast(null, vote.voteId(), "k", option(0));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWithIgnoringCase("Basic");
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(request("/api/votes/" + vote.voteId(), null).build().uri())
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((juror(2) + ":wrong").getBytes()))
                .GET().build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Set-Cookie")).isEmpty();
        HttpResponse<String> info = get("/api/votes/" + vote.voteId(), juror(2));
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(json(info).at("/turnout/eligible").asInt()).isEqualTo(500);
        assertThat(info.body()).doesNotContain("totals");
    }

    @Test
    void badInputGetsAClearProblemAndNothingIsStored() {
        int before = ballotsStored();
        assertProblem(cast(juror(3), vote.voteId(), "m1", "{\"option\": "), 400, "malformed-json");
        assertProblem(cast(juror(3), vote.voteId(), "m2", "[1,2,3]"), 400, "malformed-json");
        assertProblem(cast(juror(3), vote.voteId(), "m3", "{}"), 400, "invalid-request");
        assertProblem(cast(juror(3), vote.voteId(), null, option(0)), 400, "missing-idempotency-key");
        assertProblem(cast(juror(3), vote.voteId(), "m4", "{\"option\":\"" + "x".repeat(20_000) + "\"}"), 413, "payload-too-large");
        assertProblem(cast(juror(3), vote.voteId(), "m5", "{\"option\":\"no such option\"}"), 422, "unknown-option");
        assertProblem(cast(juror(3), 987_654_321L, "m6", option(0)), 404, "unknown-vote");
        String outsider = jdbc.queryForObject("SELECT MIN(username) FROM account WHERE citizen_id > 32 AND citizen_id NOT IN"
                + " (SELECT citizen_id FROM vote_eligible WHERE vote_id = ?)", String.class, vote.voteId());
        assertProblem(cast(outsider, vote.voteId(), "m7", option(0)), 403, "not-a-member");
        assertProblem(send(request("/api/votes/" + vote.voteId() + "/ballots", juror(3)).header("Idempotency-Key", "m8")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("17")).build()), 415,
                "unsupported-media-type");
        assertProblem(get("/api/votes/abc", juror(3)), 400, "invalid-request");
        assertProblem(get("/api/votes/" + vote.voteId() + "/my-receipt", juror(3)), 404, "no-receipt");
        assertProblem(get("/api/public/votes/" + vote.voteId() + "/result", null), 409, "not-closed");
        assertProblem(get("/api/public/votes/" + vote.voteId() + "/proofs/" + "a".repeat(64), null), 409, "not-closed");
        assertThat(ballotsStored()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_idempotency WHERE idem_key LIKE 'm_'", Integer.class)).isZero();
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() {
        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json(docs).get("paths");
        assertThat(paths.has("/api/votes/{voteId}/ballots")).isTrue();
        assertThat(paths.at("/~1api~1votes~1{voteId}~1ballots/post/requestBody/content/application~1json/schema/$ref").asText())
                .endsWith("/CastRequest");
        assertThat(json(docs).at("/components/schemas/CastRequest/properties/option/type").asText()).isEqualTo("string");
        assertThat(paths.has("/api/public/votes/{voteId}/proofs/{receipt}")).isTrue();
        assertThat(paths.has("/api/public/votes/{voteId}/result")).isTrue();
        assertThat(paths.has("/public/ledger.jsonl")).isTrue();
        assertThat(json(docs).at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    }

    @Test
    void zzAfterTheCloseResultsAndProofsArePublicAndCastsAreRefused() {
        HttpResponse<String> cast = cast(juror(10), vote.voteId(), "late-1", option(0));
        String receipt = json(cast).get("receipt").asText();
        jdbc.update("UPDATE vote_round SET deadline = ? WHERE id = ?", Timestamp.from(clock.instant().minusSeconds(1)), vote.voteId());
        assertProblem(cast(juror(11), vote.voteId(), "late-2", option(0)), 409, "vote-closed");
        currentUser.runAs("admin", () -> ballots.close(vote.voteId()));

        HttpResponse<String> result = get("/api/public/votes/" + vote.voteId() + "/result", null);
        assertThat(result.statusCode()).isEqualTo(200);
        String root = json(result).get("merkleRoot").asText();
        HttpResponse<String> proof = get("/api/public/votes/" + vote.voteId() + "/proofs/" + receipt, null);
        assertThat(proof.statusCode()).isEqualTo(200);
        JsonNode p = json(proof);
        List<String> path = new ArrayList<>();
        p.get("auditPath").forEach(n -> path.add(n.asText()));
        assertThat(MerkleTree.verify(receipt, p.get("leafIndex").asLong(), p.get("treeSize").asLong(), path, root)).isTrue();
        assertProblem(get("/api/public/votes/" + vote.voteId() + "/proofs/" + "b".repeat(64), null), 404, "not-counted");
        assertProblem(get("/api/votes/" + vote.voteId() + "/my-receipt", juror(10)), 410, "receipt-forgotten");
        assertProblem(cast(juror(12), vote.voteId(), "late-3", option(0)), 409, "vote-closed");
        vote = null;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode body = json(response);
        assertThat(body.get("type").asText()).isEqualTo("/api/problems/" + slug);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("detail").asText()).isNotBlank();
    }
}

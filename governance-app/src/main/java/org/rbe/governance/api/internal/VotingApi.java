package org.rbe.governance.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.rbe.governance.api.ApiProblem;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotReceipt;
import org.rbe.governance.voting.InclusionProof;
import org.rbe.governance.voting.PublishedResult;
import org.rbe.governance.voting.Turnout;
import org.rbe.governance.voting.VoteInfo;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Voting for kiosks and other clients. */
@RestController
@Tag(name = "Voting")
class VotingApi {
    private static final String PROBLEM = "application/problem+json";
    private final BallotBox ballots;
    private final IdempotentCasts casts;
    private final CurrentUser currentUser;
    /** Reads a cast's body with the application's JSON settings. */
    private final ObjectReader castRequests;

    VotingApi(BallotBox ballots, IdempotentCasts casts, CurrentUser currentUser, ObjectMapper json) {
        this.castRequests = json.readerFor(CastRequest.class);
        this.ballots = ballots;
        this.casts = casts;
        this.currentUser = currentUser;
    }

    /** A vote's options, rules, deadline and turnout (never the tally before the close). */
    record VoteView(VoteInfo vote, Turnout turnout) {
    }

    @GetMapping(value = "/api/votes/{voteId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A vote: options, rules, deadline, turnout", security = @SecurityRequirement(name = "basic"))
    VoteView vote(@PathVariable long voteId) {
        currentUser.actor();
        return new VoteView(ballots.info(voteId), ballots.turnout(voteId));
    }

    @PostMapping(value = "/api/votes/{voteId}/ballots", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cast your ballot", security = @SecurityRequirement(name = "basic"),
            description = "Idempotent: send a unique Idempotency-Key per ballot and the same key on retries; a retry gets"
                    + " the first answer (header Idempotent-Replayed: true) and nothing is cast twice. Where the vote allows"
                    + " re-voting, a new key casts a new ballot that replaces the earlier one.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Cast; keep the receipt",
                        content = @Content(schema = @Schema(implementation = CastResponse.class))),
                @ApiResponse(responseCode = "400", description = "Malformed JSON or missing Idempotency-Key",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(responseCode = "401", description = "No or wrong credentials"),
                @ApiResponse(responseCode = "403", description = "Not on the roll / invitation not accepted",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(responseCode = "404", description = "Unknown vote", content = @Content(mediaType = PROBLEM)),
                @ApiResponse(responseCode = "409", description = "Vote closed, already voted, or the same key in flight",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = PROBLEM)),
                @ApiResponse(responseCode = "422", description = "Unknown option, or the key was used for another request",
                        content = @Content(mediaType = PROBLEM))})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CastRequest.class)))
    void cast(@PathVariable long voteId,
              @Parameter(description = "Unique per ballot, reused on retries (at most 100 characters)")
              @RequestHeader("Idempotency-Key") String idempotencyKey,
              HttpServletRequest http, HttpServletResponse answer) throws IOException {
        // The body is read here with one prepared reader: Spring's @RequestBody path (header copy, converter search,
        // advice chain, type resolution) cost about a quarter of the request thread's CPU per ballot.
        if (!isJson(http.getContentType())) {
            throw new ApiException(ApiProblem.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
        }
        CastRequest request;
        try {
            request = castRequests.readValue(http.getInputStream());
        } catch (JsonProcessingException malformed) {
            String why = ApiProblem.describeUnreadable(malformed);
            throw new ApiException(ApiProblem.namesAField(why) ? ApiProblem.INVALID_REQUEST : ApiProblem.MALFORMED_JSON, why);
        }
        // Basic auth has just checked the account; the ballot box loads it (once) on the writer thread
        String username = currentUser.username().orElseThrow(() -> new AccessDeniedException("error.notLoggedIn"));
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new ApiException(ApiProblem.MISSING_IDEMPOTENCY_KEY, "The Idempotency-Key must have 1 to 100 characters.");
        }
        if (request == null || request.option() == null || request.option().isBlank()) {
            throw new ApiException(ApiProblem.INVALID_REQUEST, "The body must name an option: {\"option\": \"...\"}.");
        }
        IdempotentCasts.Stored stored;
        try {
            stored = casts.cast(username, idempotencyKey, voteId, request.option());
        } catch (DataIntegrityViolationException | ConcurrencyFailureException sameKeyAtOnce) {
            stored = awaitFirst(username, idempotencyKey, voteId, request.option());
        }
        // The stored JSON is written as it is: Spring's return value handling (content negotiation, converter search)
        // cost about a tenth of the request thread's CPU per ballot.
        byte[] body = stored.body().getBytes(StandardCharsets.UTF_8);
        answer.setStatus(stored.status());
        answer.setContentType(MediaType.APPLICATION_JSON_VALUE);
        answer.setHeader("Idempotent-Replayed", String.valueOf(stored.replayed()));
        answer.setContentLength(body.length);
        answer.getOutputStream().write(body);
    }

    @GetMapping(value = "/api/votes/{voteId}/my-receipt", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Your receipt in this vote", security = @SecurityRequirement(name = "basic"),
            description = "While the vote is open (or at any time in a named vote). After a secret vote has closed the"
                    + " system no longer knows which receipt is yours: 410.")
    BallotReceipt myReceipt(@PathVariable long voteId) {
        Optional<BallotReceipt> receipt = ballots.myReceipt(voteId);
        return receipt.orElseThrow(() -> new ApiException(ApiProblem.NO_RECEIPT, "You have not voted in vote " + voteId + "."));
    }

    @GetMapping(value = "/api/public/votes/{voteId}/proofs/{receipt}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Inclusion proof of a receipt in a closed vote (public)",
            description = "RFC 6962 audit path from the receipt's leaf to the Merkle root; check it with"
                    + " `java -jar governance-app.jar receipt-verify` against the root printed in the signed minutes.")
    InclusionProof proof(@PathVariable long voteId, @PathVariable String receipt) {
        if (!receipt.matches("[0-9a-fA-F]{64}")) {
            throw new ApiException(ApiProblem.INVALID_REQUEST, "A receipt is 64 hexadecimal characters.");
        }
        return ballots.proof(voteId, receipt);
    }

    @GetMapping(value = "/api/public/votes/{voteId}/result", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Published result of a closed vote (public)",
            description = "Totals, Merkle root, the counted receipts in leaf order and the participation list; 409 while open.")
    PublishedResult result(@PathVariable long voteId) {
        return ballots.published(voteId);
    }

    /** Whether a Content-Type is JSON (application/json or application/*+json, any charset), as Spring's JSON reader takes. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.includes(type) || new MediaType("application", "*+json").includes(type);
        } catch (org.springframework.http.InvalidMediaTypeException bad) {
            return false;
        }
    }

    /** A request with the same key is being cast right now: wait for its answer, briefly. */
    private IdempotentCasts.Stored awaitFirst(String username, String key, long voteId, String option) {
        for (int i = 0; i < 100; i++) {
            Optional<IdempotentCasts.Stored> stored = casts.replay(username, key, voteId, option);
            if (stored.isPresent() && stored.get().status() != 0) {
                return stored.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new ApiException(ApiProblem.REQUEST_IN_PROGRESS, "A request with this Idempotency-Key is still in progress; retry.");
    }
}

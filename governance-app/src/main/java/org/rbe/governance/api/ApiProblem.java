package org.rbe.governance.api;

import java.net.URI;

/** The problem types the API answers with ({@code type} of the problem+json body is {@code /api/problems/<slug>}). */
public enum ApiProblem {
    MALFORMED_JSON(400, "malformed-json", "Malformed request body"),
    INVALID_REQUEST(400, "invalid-request", "Invalid request"),
    MISSING_IDEMPOTENCY_KEY(400, "missing-idempotency-key", "Idempotency-Key header required"),
    NOT_AUTHENTICATED(401, "not-authenticated", "Authentication required"),
    NOT_A_MEMBER(403, "not-a-member", "Not on the roll of this vote"),
    INVITATION_NOT_ACCEPTED(403, "invitation-not-accepted", "Invitation not accepted"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    UNKNOWN_VOTE(404, "unknown-vote", "Unknown vote"),
    NO_RECEIPT(404, "no-receipt", "No receipt"),
    NOT_COUNTED(404, "not-counted", "Receipt not counted"),
    VOTE_CLOSED(409, "vote-closed", "Vote closed"),
    ALREADY_VOTED(409, "already-voted", "Already voted"),
    NOT_CLOSED(409, "not-closed", "Vote not closed yet"),
    REQUEST_IN_PROGRESS(409, "request-in-progress", "Request with this idempotency key in progress"),
    RECEIPT_FORGOTTEN(410, "receipt-forgotten", "Receipt no longer linked to you"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNKNOWN_OPTION(422, "unknown-option", "Option not on this ballot"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency key reused for a different request"),
    UNPROCESSABLE(422, "unprocessable", "Request refused"),
    BUSY(503, "busy", "Too busy to answer in time");

    private final int status;
    private final String slug;
    private final String title;

    ApiProblem(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create("/api/problems/" + slug);
    }
}

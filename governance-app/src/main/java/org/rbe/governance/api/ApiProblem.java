package org.rbe.governance.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

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
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
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
    TOO_MANY_LOGIN_ATTEMPTS(429, "too-many-login-attempts", "Too many failed logins"),
    INTERNAL(500, "internal-error", "Internal error"),
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

    /** The type for an HTTP status that has no problem of its own. */
    public static ApiProblem ofStatus(int status) {
        return switch (status) {
            case 401 -> NOT_AUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 429 -> TOO_MANY_LOGIN_ATTEMPTS;
            case 503 -> BUSY;
            default -> status >= 500 ? INTERNAL : INVALID_REQUEST;
        };
    }

    /**
     * What is wrong with a JSON body that could not be read, naming the field: an unknown field, a value of the wrong
     * type (nothing is coerced: {@code 1.9} is no level, {@code "4242"} no number), a missing one, or broken JSON.
     */
    public static String describeUnreadable(Throwable error) {
        Throwable cause = error;
        while (cause != null && !(cause instanceof JsonProcessingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'.";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String original = mismatch.getOriginalMessage() == null ? "" : mismatch.getOriginalMessage();
            java.util.regex.Matcher missing = java.util.regex.Pattern.compile("Missing (?:required )?creator property '([^']+)'")
                    .matcher(original);
            if (missing.find()) {
                return "Field '" + missing.group(1) + "' is required.";
            }
            if (mismatch.getPath().isEmpty()) {
                return "The body is not the JSON object this endpoint expects.";
            }
            String field = field(mismatch);
            String expected = mismatch.getTargetType() == null ? "value of another type" : typeName(mismatch.getTargetType());
            if (original.startsWith("Cannot map `null`")) {
                return "Field '" + field + "' is required: " + expected + ".";
            }
            if (mismatch instanceof InvalidFormatException format) {
                return "Field '" + field + "': " + format.getValue() + " is not " + expected + ".";
            }
            return "Field '" + field + "' must be " + expected + ".";
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "Field '" + field(mapping) + "' has a value this endpoint cannot take.";
        }
        if (cause instanceof JsonParseException parse && parse.getLocation() != null) {
            return "The body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ").";
        }
        return "The request body is not the JSON this endpoint expects.";
    }

    /** Whether {@link #describeUnreadable} found a field to name (valid JSON, wrong content) rather than broken JSON. */
    public static boolean namesAField(String description) {
        return description.startsWith("Field ") || description.startsWith("Unknown field ");
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("(body)");
    }

    private static String typeName(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        return "a " + type.getSimpleName();
    }
}

package org.rbe.governance.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.rbe.governance.api.ApiProblem;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.shared.NotFoundException;
import org.rbe.governance.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API (and of Spring MVC's other endpoints: open data, unmapped paths, wrong methods and media
 * types) as {@code application/problem+json} with a stable {@code type} per problem and no Java internals.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);
    private static final Map<String, ApiProblem> BY_KEY = Map.ofEntries(
            Map.entry("voting.error.unknownVote", ApiProblem.UNKNOWN_VOTE),
            Map.entry("voting.error.notOnRoll", ApiProblem.NOT_A_MEMBER),
            Map.entry("voting.error.notAccepted", ApiProblem.INVITATION_NOT_ACCEPTED),
            Map.entry("voting.error.closed", ApiProblem.VOTE_CLOSED),
            Map.entry("voting.error.alreadyVoted", ApiProblem.ALREADY_VOTED),
            Map.entry("voting.error.unknownOption", ApiProblem.UNKNOWN_OPTION),
            Map.entry("voting.error.resultHidden", ApiProblem.NOT_CLOSED),
            Map.entry("voting.error.notClosed", ApiProblem.NOT_CLOSED),
            Map.entry("voting.error.notCounted", ApiProblem.NOT_COUNTED),
            Map.entry("voting.error.receiptForgotten", ApiProblem.RECEIPT_FORGOTTEN),
            Map.entry("voting.error.receiptUnknown", ApiProblem.NO_RECEIPT),
            Map.entry("error.notLoggedIn", ApiProblem.NOT_AUTHENTICATED));

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        return problem(e.problem(), e.getMessage(), request);
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> refused(UserFacingException e, HttpServletRequest request) {
        ApiProblem p = BY_KEY.getOrDefault(e.messageKey(), e instanceof AccessDeniedException ? ApiProblem.FORBIDDEN
                : e instanceof NotFoundException ? ApiProblem.NOT_FOUND : ApiProblem.UNPROCESSABLE);
        ResponseEntity<ProblemDetail> response = problem(p, e.getMessage(), request);
        response.getBody().setProperty("messageKey", e.messageKey());
        return response;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return cast(problem(ApiProblem.MALFORMED_JSON, ApiProblem.describeUnreadable(ex), request));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            org.springframework.web.multipart.support.MissingServletRequestPartException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return cast(problem(ApiProblem.INVALID_REQUEST, ex.getMessage(), request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return cast(problem(ApiProblem.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.", request));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        Object problem = response.getBody();
        if (problem instanceof ProblemDetail detail && (detail.getType() == null || "about:blank".equals(detail.getType().toString()))) {
            ApiProblem p = ApiProblem.ofStatus(statusCode.value());
            detail.setType(p.type());
            detail.setTitle(p.title());
        }
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return "Idempotency-Key".equalsIgnoreCase(e.getHeaderName())
                ? problem(ApiProblem.MISSING_IDEMPOTENCY_KEY, "Send an Idempotency-Key header (any unique string of at"
                + " most 100 characters, reused on retries of the same request).", request)
                : problem(ApiProblem.INVALID_REQUEST, e.getMessage(), request);
    }

    /** Overload (no database connection in time, a lock wait timed out): nothing was stored; retrying is safe. */
    @ExceptionHandler({org.springframework.transaction.CannotCreateTransactionException.class,
        org.springframework.jdbc.CannotGetJdbcConnectionException.class,
        org.springframework.dao.TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> busy(Exception e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> busy = problem(ApiProblem.BUSY, "The server is too busy to answer in time; nothing was"
                + " stored. Retry the same request (with the same Idempotency-Key) in a moment.", request);
        return ResponseEntity.status(busy.getStatusCode()).headers(busy.getHeaders()).header("Retry-After", "2")
                .body(busy.getBody());
    }

    /** Anything unforeseen: 500 with a stable type and no exception text (that goes to the log). */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletRequest request) {
        LOG.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(ApiProblem.INTERNAL, "The server could not answer this request; nothing was changed by it.", request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problem(ApiProblem.INVALID_REQUEST, "Bad value for " + e.getName() + ": " + e.getValue(), request);
    }

    static ResponseEntity<ProblemDetail> problem(ApiProblem p, String detail, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(p.status()), detail);
        body.setType(p.type());
        body.setTitle(p.title());
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(p.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static ResponseEntity<ProblemDetail> problem(ApiProblem p, String detail, WebRequest request) {
        return problem(p, detail, ((ServletWebRequest) request).getRequest());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}

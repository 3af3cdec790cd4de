package org.rbe.governance.appeals.web;

import org.rbe.governance.api.ApiProblem;
import org.rbe.governance.shared.NotFoundException;
import org.springframework.http.MediaType;

import java.net.URI;
import java.util.List;
import org.rbe.governance.appeals.NewSanction;
import org.rbe.governance.appeals.SanctionView;
import org.rbe.governance.appeals.Sanctions;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sanctions over HTTP for the systems that detect violations (§6.4: sensors, audits) and for administrators:
 * record one, list them, read one. HTTP Basic with an administrator's account; errors as problem+json.
 */
@RestController
@RequestMapping("/api/sanctions")
class SanctionsController {
    private final Sanctions sanctions;

    SanctionsController(Sanctions sanctions) {
        this.sanctions = sanctions;
    }

    @PostMapping
    ResponseEntity<SanctionView> impose(@RequestBody NewSanction sanction) {
        SanctionView created = sanctions.impose(sanction);
        return ResponseEntity.created(URI.create("/api/sanctions/" + created.id())).body(created);
    }

    @GetMapping
    List<SanctionView> all() {
        return sanctions.all();
    }

    @GetMapping("/{id}")
    SanctionView one(@PathVariable long id) {
        return sanctions.get(id);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problem(ApiProblem.FORBIDDEN, e);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(ApiProblem.NOT_FOUND, e);
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> refused(UserFacingException e) {
        return problem(ApiProblem.INVALID_REQUEST, e);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not a sanction in JSON: " + ApiProblem.describeUnreadable(e));
        body.setType(ApiProblem.MALFORMED_JSON.type());
        body.setTitle(ApiProblem.MALFORMED_JSON.title());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static ResponseEntity<ProblemDetail> problem(ApiProblem p, UserFacingException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(p.status()), e.getMessage());
        body.setType(p.type());
        body.setTitle(p.title());
        body.setProperty("messageKey", e.messageKey());
        return ResponseEntity.status(p.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}

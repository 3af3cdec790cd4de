package org.rbe.governance.api.internal;

import org.rbe.governance.api.ApiProblem;

/** A refusal of the API itself (not of a module), answered as problem+json. */
class ApiException extends RuntimeException {
    private final ApiProblem problem;

    ApiException(ApiProblem problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    ApiProblem problem() {
        return problem;
    }
}

/**
 * The REST API for kiosks and other clients, under {@code /api}: cast a ballot (idempotent under an
 * {@code Idempotency-Key}), my receipt, and the public inclusion proof and results of closed votes. Authenticated with
 * HTTP Basic against the same accounts as the UI (public endpoints under {@code /api/public} need none); errors are
 * {@code application/problem+json}. Described with OpenAPI at {@code /v3/api-docs}. Controllers call module APIs only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "REST API")
package org.rbe.governance.api;

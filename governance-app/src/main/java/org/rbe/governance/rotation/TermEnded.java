package org.rbe.governance.rotation;

/** A term of office ended and {@code successor} took the office over. */
public record TermEnded(Office office, String outgoing, String successor, long rotationId) {
}

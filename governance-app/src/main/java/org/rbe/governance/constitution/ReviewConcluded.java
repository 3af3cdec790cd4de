package org.rbe.governance.constitution;

/** A constitutional review closed with its minutes published; {@code accepted} amendments were enacted. */
public record ReviewConcluded(long reviewId, String documentId, int accepted, int proposed) {
}

package org.rbe.governance.constitution;

/** A constitutional review opened, by its due date or by a citizens' initiative. */
public record ReviewOpened(long reviewId, String trigger) {
}

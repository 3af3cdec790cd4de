package org.rbe.governance.jury.internal;

/**
 * Bounds on how many panel members may carry one value of one category, derived from that value's
 * share of the eligible pool so that the panel mirrors the population.
 */
public record Quota(String category, String value, int poolCount, int min, int max) {

    /** Whether {@code count} members with this value respect the bounds. */
    public boolean allows(int count) {
        return count >= min && count <= max;
    }
}

package org.rbe.governance.proceedings;

/**
 * Where a body drawn by lot stands in the lifecycle every such body shares: drawn (invited, replacements follow the
 * draw's seed), deliberating (learning and discussing, before and while it votes), voting, voted, its minutes signed,
 * and published.
 */
public enum BodyStage {
    DRAWN, DELIBERATING, VOTING, VOTED, MINUTES_SIGNED, PUBLISHED
}

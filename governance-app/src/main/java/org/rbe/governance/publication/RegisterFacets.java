package org.rbe.governance.publication;

import java.util.List;

/** The distinct values the register's filters offer, sorted. */
public record RegisterFacets(List<String> topics, List<String> regions, List<String> outcomeKinds) {
    public RegisterFacets {
        topics = List.copyOf(topics);
        regions = List.copyOf(regions);
        outcomeKinds = List.copyOf(outcomeKinds);
    }
}

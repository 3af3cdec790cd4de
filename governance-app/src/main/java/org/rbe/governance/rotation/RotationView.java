package org.rbe.governance.rotation;

import java.time.LocalDate;
import java.util.List;

/** One rotation of an office: the terms that ended, the successors drawn (with the draw's panel and seed). */
public record RotationView(long id, Office office, LocalDate rotatedOn, long seed, long juryPanelId, int poolSize,
                           List<String> outgoing, List<String> successors) {
}

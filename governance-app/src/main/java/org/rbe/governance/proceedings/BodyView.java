package org.rbe.governance.proceedings;

import java.time.Instant;

/** A body drawn by lot as anyone may see it: its panel, its kind (the draw's purpose), its case and its stage. */
public record BodyView(long panelId, String kind, long caseNumber, BodyStage stage, Instant since) {
}

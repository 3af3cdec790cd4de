package org.rbe.governance.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a cast: the receipt to keep. */
@Schema(description = "The receipt of a cast ballot; keep it to check that the ballot was counted")
record CastResponse(long voteId, String receipt, String castAt) {
}

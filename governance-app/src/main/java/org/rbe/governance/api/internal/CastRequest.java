package org.rbe.governance.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of a cast: the chosen option code, as listed by the vote (a scenario id or REWORK). */
@Schema(description = "A ballot: the option code as listed by GET /api/votes/{voteId}")
record CastRequest(@Schema(example = "17", requiredMode = Schema.RequiredMode.REQUIRED) String option) {
}

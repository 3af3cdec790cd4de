package org.rbe.governance.proceedings;

import org.rbe.governance.shared.UserFacingException;

/** A member reached a posting or question limit; the API answers it with 429. */
public class DeliberationLimitReached extends UserFacingException {
    public DeliberationLimitReached(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

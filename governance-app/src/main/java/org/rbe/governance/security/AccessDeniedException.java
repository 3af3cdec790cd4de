package org.rbe.governance.security;

import org.rbe.governance.shared.UserFacingException;

/** The acting person may not do this; the message key explains why to them. */
public class AccessDeniedException extends UserFacingException {
    public AccessDeniedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

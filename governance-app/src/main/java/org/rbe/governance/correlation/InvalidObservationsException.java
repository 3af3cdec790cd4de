package org.rbe.governance.correlation;

import org.rbe.governance.shared.UserFacingException;

/** An uploaded observation file was refused; the message says exactly what is wrong, and nothing was stored. */
public class InvalidObservationsException extends UserFacingException {
    public InvalidObservationsException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

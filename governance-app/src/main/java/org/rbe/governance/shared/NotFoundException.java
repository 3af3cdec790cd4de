package org.rbe.governance.shared;

/**
 * Something asked for does not exist. Thrown only to callers entitled to know: a caller who may not see the thing
 * gets the same refusal whether or not it exists.
 */
public class NotFoundException extends UserFacingException {
    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

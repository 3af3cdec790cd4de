package org.rbe.governance.workflow;

import java.util.Map;
import org.rbe.governance.shared.UserFacingException;

/** A submitted form breaks its schema; {@link #fieldErrors()} maps each bad field to a message key. */
public class InvalidFormException extends UserFacingException {
    private final transient Map<String, String> fieldErrors;

    public InvalidFormException(Map<String, String> fieldErrors) {
        super("error.form.invalid", String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}

package org.rbe.governance.shared;

import java.util.Arrays;

/**
 * An error meant for the person who caused it. The message key is looked up in the i18n bundles
 * (Russian and English); {@link #getMessage()} gives the English text for logs and the CLI.
 */
public class UserFacingException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public UserFacingException(String messageKey, Object... args) {
        super(Messages.english(messageKey, args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}

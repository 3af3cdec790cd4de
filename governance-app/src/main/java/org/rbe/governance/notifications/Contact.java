package org.rbe.governance.notifications;

/**
 * How a person wants to be reached: their e-mail address (null: in the app only), language ("ru" or "en"), and
 * whether notices that are not urgent come as one daily digest.
 */
public record Contact(String email, String language, boolean digest) {
}

package org.rbe.governance.notifications;

import java.time.Instant;

/** A notice as its reader sees it, in their language. */
public record NotificationView(long id, String text, String link, Instant createdAt, boolean read) {
}

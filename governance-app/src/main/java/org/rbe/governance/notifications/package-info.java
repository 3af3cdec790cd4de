/**
 * What reaches a person: every notice is kept for the app's notification centre and, through an outbox, e-mailed by a
 * real SMTP server (Spring Mail) in the person's language, at once or in their daily digest. Modules do not call it:
 * it listens to their events (a draw's invitations, a vote opened, a question answered).
 */
package org.rbe.governance.notifications;

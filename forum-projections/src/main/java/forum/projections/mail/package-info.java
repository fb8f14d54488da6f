/**
 * The mails that events make due (issue 26): rows in the outbox ({@code mail_outbox}), one per recipient and event,
 * which the application's mail feature composes and sends.
 */
package forum.projections.mail;

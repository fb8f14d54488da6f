/**
 * E-mail through an outbox (issue 26): mails are rows of {@code mail_outbox}, written in the transaction that makes
 * them due (invitations, password links: {@link forum.api.mail.MailOutbox}) or derived from events by the projection
 * forum.projections.mail; {@link forum.api.mail.MailDispatch} composes them in the recipient's language and sends
 * them, or keeps them where no SMTP server is configured.
 */
package forum.api.mail;

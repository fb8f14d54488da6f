/** Idempotency-Key on POST: a retry with the same key and body gets the first answer again and sends no command;
 *  the same key with another request is refused. Keys live 24 hours, per signed-in user. */
package forum.api.idempotency;

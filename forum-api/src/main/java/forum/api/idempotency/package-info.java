/** Idempotency-Key on POST: a retry with the same key and body gets the first answer again and sends no command;
 *  the same key with another request is refused. The key's answer commits in the request's own transaction, with
 *  its events, so a retry after a commit whose outcome the client could not learn is safe too. Keys live 24
 *  hours, per signed-in user, stored only hashed, their answers sealed under them. */
package forum.api.idempotency;

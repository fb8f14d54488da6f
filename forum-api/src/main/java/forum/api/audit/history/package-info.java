/**
 * One history per municipality: every event of the tenant as the event store holds it, filtered by person,
 * aggregate, kind and period, paged by position; each entry names its actor with the roles held then, what happened
 * in words, when, and the request it came from. For the auditor and the coordinator, in the API and on a page.
 */
package forum.api.audit.history;

/** Every error of the API as an RFC 9457 problem detail with a stable code: domain refusals, conflicts, unreadable or
 *  oversized bodies, and the database being away told apart from a bug. */
package forum.api.problem;

/** Who may send which command: the roles table of DOMAIN.md as method-security annotations ({@link forum.api.access.Allowed}),
 *  the tenant of the signed-in user, and refusals as 403 problem details. */
package forum.api.access;

/** Who is signed in: the built-in accounts and identity-provider tokens, the API's and the pages' doors, the
 *  actuator's, limits on repeated attempts, and the row keys that let a look-up before any tenant reach its one row. */
package forum.api.security;

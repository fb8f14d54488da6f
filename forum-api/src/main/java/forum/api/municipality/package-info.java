/** A municipality signs up over HTTP (a new tenant, its first event and its coordinator's account, in one
 *  transaction) and reads its own profile. The demo signs up through the same {@link forum.api.municipality.SignUp}. */
package forum.api.municipality;

/** HTTP commands and reads on a municipality's forums: establishing one, its members and its coordinator.
 *  The tenant is the signed-in user's; the server chooses every new identifier. */
package forum.api.forum;

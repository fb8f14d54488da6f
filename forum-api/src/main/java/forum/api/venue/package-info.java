/** HTTP commands and reads on a venue's case file: registering it, its issues, the forum's licence recommendations and
 *  the licensing authority's decisions. The tenant is the signed-in user's; the server chooses every new identifier. */
package forum.api.venue;

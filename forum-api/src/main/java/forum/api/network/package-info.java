/** HTTP commands and reads on national networks: the operator creates one, a coordinator joins or leaves it on behalf of
 *  the own municipality (always the signed-in user's tenant). */
package forum.api.network;

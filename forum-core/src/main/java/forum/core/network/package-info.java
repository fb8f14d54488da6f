/** Network: a national network of municipalities (e.g. Krogar mot knark), created by the platform operator.
 *  Cross-tenant: it holds only which tenants are members; its statistics are built on the read side. */
package forum.core.network;

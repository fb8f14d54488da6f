/** The domain-events topic as the read side sees it: the CloudEvents envelope, the consumers, and how a record
 *  is applied once per projection (positions) under its own tenant. */
package forum.projections.stream;

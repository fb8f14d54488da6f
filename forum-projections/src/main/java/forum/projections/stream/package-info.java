/** The domain-events topic as the read side consumes it: the consumers, and how a record is applied once per
 *  projection (positions) under its own tenant, and held when its aggregate's previous event is missing. */
package forum.projections.stream;

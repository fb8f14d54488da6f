/**
 * A count and a hash of every event applied per tenant: compared with the same figures computed over the
 * event store, it shows that nothing was lost and nothing applied twice.
 */
package forum.projections.ledger;

/** Axon on the PostgreSQL event store: the aggregates with their cache and snapshots, commands entering their
 *  tenant before loading, and the relay role's connections that read every tenant's events (publisher, rebuild). */
package forum.api.eventstore;

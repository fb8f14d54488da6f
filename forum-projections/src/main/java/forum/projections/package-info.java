/**
 * The read side: Kafka consumers that turn domain events into per-tenant read models and network
 * statistics, and the queries the API answers from them. One package per read model.
 */
package forum.projections;

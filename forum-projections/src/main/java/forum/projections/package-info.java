/**
 * The read side: domain events from Kafka turned into per-tenant read models and network statistics, and the
 * queries the API answers from them. One package per read model, over the runtime, the wire contract and paging.
 */
package forum.projections;

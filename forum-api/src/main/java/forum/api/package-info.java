/**
 * The Forum application: HTTP API and pages, security, Axon on the PostgreSQL event store, and the
 * publisher that carries every event to Kafka. One package per feature, over a few shared foundations.
 */
package forum.api;

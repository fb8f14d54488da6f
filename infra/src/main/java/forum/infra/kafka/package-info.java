/** Kafka for Forum: the embedded single-node broker of the default run and the tests, and the topics, keyed by
 *  tenant, created at start-up on any broker or cluster. */
package forum.infra.kafka;

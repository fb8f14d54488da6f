/** The pipeline's health: in the health endpoint, Kafka answering and the consumers not holding an aggregate's events
 *  behind a missing one; on the operator's health page, every part of the pipeline in plain words. */
package forum.api.health;

/** What the health endpoint adds to the database's: Kafka answering, and the consumers not holding an aggregate's
 *  events behind a missing one. */
package forum.api.health;

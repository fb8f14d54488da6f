/**
 * What Forum runs on: PostgreSQL and Kafka, embedded for the default run and the tests, or external
 * when the standard Spring Boot properties point at servers. Knows nothing of the domain.
 */
package forum.infra;

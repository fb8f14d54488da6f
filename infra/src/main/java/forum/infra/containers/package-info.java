/** PostgreSQL and Kafka in Testcontainers, for tests on a machine with a Docker engine: the same database set-up
 *  as the embedded servers, and a quick answer where no engine runs. */
package forum.infra.containers;

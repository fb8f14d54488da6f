package forum.infra.containers;

import forum.infra.postgres.DatabaseAccess;
import forum.infra.postgres.ForumDatabaseSetup;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * PostgreSQL and Kafka in containers, for tests on machines with a Docker engine. Only loaded when
 * Testcontainers is on the class path; {@link #dockerAvailable()} answers quickly where none runs.
 */
public final class ContainerServers {

    private ContainerServers() {
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public static DatabaseAccess startPostgres() {
        PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:17-alpine");
        postgres.start();
        return ForumDatabaseSetup.ensure(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(), "forum");
    }

    public static String startKafka() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:3.8.0");
        kafka.start();
        return kafka.getBootstrapServers();
    }
}

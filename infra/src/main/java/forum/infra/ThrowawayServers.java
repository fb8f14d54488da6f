package forum.infra;

import forum.infra.containers.ContainerServers;
import org.springframework.boot.SpringApplication;

/**
 * One set of test servers per JVM, shared by every Spring context the tests create, stopped when the
 * JVM exits, after the contexts. Containers where Docker answers, embedded servers otherwise.
 */
final class ThrowawayServers {

    private static ForumServers servers;

    private ThrowawayServers() {
    }

    static synchronized ForumServers get(boolean needDatabase, boolean needKafka) {
        if (servers == null) {
            servers = new ForumServers();
            // Spring Boot runs these handlers after it has closed every application context, so the
            // servers outlive the publishers and consumers of all test contexts.
            SpringApplication.getShutdownHandlers().add(servers::close);
        }
        boolean containers = testcontainersPresent() && ContainerServers.dockerAvailable();
        if (needDatabase && servers.database() == null) {
            if (containers) {
                servers.useDatabase(ContainerServers.startPostgres());
            } else {
                servers.startEmbeddedPostgres(null);
            }
        }
        if (needKafka && servers.kafkaBootstrapServers() == null) {
            if (containers) {
                servers.useKafka(ContainerServers.startKafka());
            } else {
                servers.startEmbeddedKafka(null);
            }
        }
        return servers;
    }

    static synchronized ForumServers existing() {
        if (servers == null) {
            throw new IllegalStateException("No test servers were started in this JVM");
        }
        return servers;
    }

    private static boolean testcontainersPresent() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, ThrowawayServers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}

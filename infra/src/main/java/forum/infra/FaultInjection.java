package forum.infra;

import forum.infra.kafka.EmbeddedKafkaServer;
import forum.infra.postgres.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * For fault tests: breaks the test servers of this JVM on purpose. Only the embedded throwaway servers
 * can be broken this way; elsewhere (containers, external servers) tests ask {@link #available()} and skip.
 */
public final class FaultInjection {

    private FaultInjection() {
    }

    public static boolean available() {
        try {
            ForumServers servers = ThrowawayServers.existing();
            return servers.embeddedKafka() != null && servers.embeddedPostgres() != null;
        } catch (IllegalStateException none) {
            return false;
        }
    }

    /** Stops the Kafka broker and starts it again on the same ports and log. */
    public static void restartKafka() {
        kafka().restart();
    }

    public static void stopKafka() {
        kafka().stop();
    }

    public static void startKafka() {
        kafka().restart();
    }

    /** Terminates every open connection of the given role, as a failover or a network cut would. */
    public static int dropDatabaseConnections(String role) {
        EmbeddedPostgresServer postgres = ThrowawayServers.existing().embeddedPostgres();
        if (postgres == null) {
            throw new IllegalStateException("No embedded PostgreSQL in this JVM to drop connections of");
        }
        try (Connection admin = postgres.superuserConnection();
             var statement = admin.prepareStatement(
                     "select count(pg_terminate_backend(pid)) from pg_stat_activity where usename = ?")) {
            statement.setString(1, role);
            try (ResultSet dropped = statement.executeQuery()) {
                dropped.next();
                return dropped.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the connections of " + role, e);
        }
    }

    private static EmbeddedKafkaServer kafka() {
        EmbeddedKafkaServer kafka = ThrowawayServers.existing().embeddedKafka();
        if (kafka == null) {
            throw new IllegalStateException("No embedded Kafka broker in this JVM to restart");
        }
        return kafka;
    }
}

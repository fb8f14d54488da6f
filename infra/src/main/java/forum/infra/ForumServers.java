package forum.infra;

import forum.infra.kafka.EmbeddedKafkaServer;
import forum.infra.postgres.DatabaseAccess;
import forum.infra.postgres.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The embedded servers one application (or one test JVM) started, stopped in reverse order. */
final class ForumServers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ForumServers.class);

    private final List<AutoCloseable> started = new ArrayList<>();
    private DatabaseAccess database;
    private String kafkaBootstrapServers;
    private EmbeddedKafkaServer embeddedKafka;
    private EmbeddedPostgresServer embeddedPostgres;

    DatabaseAccess database() {
        return database;
    }

    String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    void startEmbeddedPostgres(Path dataDirectory) {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory);
        started.add(postgres);
        embeddedPostgres = postgres;
        database = postgres.access();
        log.info("Embedded PostgreSQL ready at {}{}", database.jdbcUrl(),
                dataDirectory == null ? " (throwaway)" : " (data in " + dataDirectory + ")");
    }

    void startEmbeddedKafka(Path dataDirectory) {
        EmbeddedKafkaServer kafka = EmbeddedKafkaServer.start(dataDirectory);
        started.add(kafka);
        embeddedKafka = kafka;
        kafkaBootstrapServers = kafka.bootstrapServers();
        log.info("Embedded Kafka broker (KRaft) ready at {}{}", kafkaBootstrapServers,
                dataDirectory == null ? " (throwaway)" : " (data in " + dataDirectory + ")");
    }

    EmbeddedKafkaServer embeddedKafka() {
        return embeddedKafka;
    }

    EmbeddedPostgresServer embeddedPostgres() {
        return embeddedPostgres;
    }

    void useDatabase(DatabaseAccess access) {
        database = access;
    }

    void useKafka(String bootstrapServers) {
        kafkaBootstrapServers = bootstrapServers;
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                log.warn("An embedded server did not stop cleanly: {}", e.getMessage());
            }
        }
        started.clear();
    }
}
